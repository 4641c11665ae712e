import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLContext } from '../../graphql/context';
import { integer } from '../config';
import { createLogger, type Logger } from './logger';
import { GraphQLMetrics } from './metrics';
import { requestLogPlugin } from './request-log-plugin';

export { createLogger, LOG_LEVELS, readLogLevel } from './logger';
export type { Logger } from './logger';
export { GraphQLMetrics } from './metrics';
export { assignRequestIdTo, REQUEST_ID_HEADER, requestIdOfError } from './request-id';

export interface ObservabilityOptions {
  /** The logger to use; by default one from LOG_LEVEL writing JSON lines to stdout. */
  readonly logger?: Logger;
}

export interface Observability {
  readonly logger: Logger;
  readonly metrics: GraphQLMetrics;
  readonly plugins: ApolloServerPlugin<GraphQLContext>[];
  readonly routes: { path: string; handler: RequestHandler }[];
}

/**
 * Request ids, a JSON log line per GraphQL operation, and Prometheus metrics at /metrics,
 * for one server. Reads LOG_LEVEL (unless given a logger) and METRICS_MAX_OPERATION_NAMES.
 */
export function observability(env: NodeJS.ProcessEnv, options: ObservabilityOptions = {}): Observability {
  const logger = options.logger ?? createLogger(env);
  const metrics = new GraphQLMetrics({ maxOperationNames: integer(env, 'METRICS_MAX_OPERATION_NAMES', 100, 1, 10_000) });
  return {
    logger,
    metrics,
    plugins: [requestLogPlugin({ logger, metrics })],
    routes: [{ path: '/metrics', handler: metrics.handler }],
  };
}
