import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLContext } from '../../../graphql/context';
import { integer } from '../../config/read-config';
import { createLogger, type Logger } from './logger';
import { GraphQLMetrics } from './metrics';
import { RequestLog } from './request-log';
import { requestLogPlugin } from './request-log-plugin';

export { createLogger, LOG_LEVELS, readLogLevel } from './logger';
export type { Logger } from './logger';
export { GraphQLMetrics } from './metrics';
export { type LoggedHTTPGraphQLRequest, RequestLog, type RequestLogEntry } from './request-log';
export { requestLogPlugin } from './request-log-plugin';
export { assignRequestIdTo, REQUEST_ID_HEADER, requestIdOfError } from './request-id';

export interface ObservabilityOptions {
  /** The logger to use; by default one from LOG_LEVEL writing JSON lines to stdout. */
  readonly logger?: Logger;
}

export interface Observability {
  readonly logger: Logger;
  readonly metrics: GraphQLMetrics;
  /** The line of every request to the API, written by the API handler (the plugins add the operation's part). */
  readonly requestLog: RequestLog;
  readonly plugins: ApolloServerPlugin<GraphQLContext>[];
  readonly routes: { path: string; handler: RequestHandler }[];
}

/**
 * Request ids, a JSON log line per request to the API, and Prometheus metrics at /metrics,
 * for one server. Reads LOG_LEVEL (unless given a logger) and METRICS_MAX_OPERATION_NAMES.
 */
export function observability(env: NodeJS.ProcessEnv, options: ObservabilityOptions = {}): Observability {
  const logger = options.logger ?? createLogger(env);
  const metrics = new GraphQLMetrics({ maxOperationNames: integer(env, 'METRICS_MAX_OPERATION_NAMES', 100, 1, 10_000) });
  return {
    logger,
    metrics,
    requestLog: new RequestLog({ logger, metrics }),
    plugins: [requestLogPlugin({ logger, metrics })],
    routes: [{ path: '/metrics', handler: metrics.handler }],
  };
}
