import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../../../graphql/context';
import type { GraphConfig } from '../../config';
import type { Route } from '../../http/status-routes';
import { createLogger, type Logger } from './logger';
import { knownOperationNames } from './known-operations';
import { GraphQLMetrics } from './metrics';
import { RequestLog } from './request-log';
import { requestLogPlugin } from './request-log-plugin';

export { createLogger } from './logger';
export type { Logger } from './logger';
export { GraphQLMetrics } from './metrics';
export { type LoggedHTTPGraphQLRequest, RequestLog, type RequestLogEntry } from './request-log';
export { requestLogPlugin } from './request-log-plugin';
export { assignRequestIdTo, REQUEST_ID_HEADER, requestIdOfError } from './request-id';

export interface ObservabilityOptions {
  /** The logger to use; by default one at the configured level writing JSON lines to stdout. */
  readonly logger?: Logger;
}

export interface Observability {
  readonly logger: Logger;
  readonly metrics: GraphQLMetrics;
  /** The line of every request to the API, written by the API handler (the plugins add the operation's part). */
  readonly requestLog: RequestLog;
  readonly plugins: ApolloServerPlugin<GraphQLContext>[];
  readonly routes: Route[];
}

/**
 * Request ids, a JSON log line per request to the API, and Prometheus metrics at /metrics,
 * for one server.
 */
export function observability(config: Pick<GraphConfig, 'logging' | 'metrics' | 'trustedDocuments'>, options: ObservabilityOptions = {}): Observability {
  const logger = options.logger ?? createLogger(config.logging);
  const metrics = new GraphQLMetrics({ knownOperations: knownOperationNames(config.trustedDocuments.manifest) });
  return {
    logger,
    metrics,
    requestLog: new RequestLog({ logger, metrics }),
    plugins: [requestLogPlugin({ logger, metrics })],
    // With METRICS_PORT, /metrics is served there only (servers/metrics-server.ts).
    routes: config.metrics.port === undefined ? [{ path: '/metrics', handler: metrics.handler }] : [],
  };
}
