import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../../../graphql/context';
import type { CommonConfig } from '../../config';
import type { Route } from '../../http/status-routes';
import { createLogger, type Logger } from './logger';
import { knownOperationNames } from './known-operations';
import { GraphQLMetrics } from './metrics';
import { RequestLog } from './request-log';
import { type RequestIdContext, requestLogPlugin } from './request-log-plugin';

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

export interface Observability<TContext extends RequestIdContext = GraphQLContext> {
  readonly logger: Logger;
  readonly metrics: GraphQLMetrics;
  /** The line of every request to the API, written by the API handler (the plugins add the operation's part). */
  readonly requestLog: RequestLog;
  readonly plugins: ApolloServerPlugin<TContext>[];
  /** Beside the API: /metrics, unless METRICS_PORT serves it apart (metricsRoute). */
  readonly routes: Route[];
  /** GET /metrics, wherever it is served (servers/metrics-server.ts for METRICS_PORT). */
  readonly metricsRoute: Route;
}

/**
 * Request ids, a JSON log line per request to the API, and Prometheus metrics at /metrics,
 * for one server: the client graph, the subgraph or the gateway.
 */
export function observability<TContext extends RequestIdContext = GraphQLContext>(
  config: Pick<CommonConfig, 'logging' | 'metrics' | 'trustedDocuments'>,
  options: ObservabilityOptions = {},
): Observability<TContext> {
  const logger = options.logger ?? createLogger(config.logging);
  const metrics = new GraphQLMetrics({ knownOperations: knownOperationNames(config.trustedDocuments.manifest) });
  const metricsRoute = { path: '/metrics', handler: metrics.handler };
  return {
    logger,
    metrics,
    requestLog: new RequestLog({ logger, metrics }),
    plugins: [requestLogPlugin<TContext>({ logger, metrics })],
    // With METRICS_PORT, /metrics is served there only (servers/metrics-server.ts).
    routes: config.metrics.port === undefined ? [metricsRoute] : [],
    metricsRoute,
  };
}
