import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { ValidationRule } from 'graphql';
import type { GraphQLContext } from '../../graphql/context';
import type { ApiStep } from '../http/hooks';
import { limitFeatures } from './limits';
import { type Logger, observability, type RequestLog } from './observability';
import { readResponseCacheSettings, responseCacheFeature } from './response-cache';

/**
 * What the production concerns add to a server, each as small parts: Apollo plugins,
 * validation rules, steps of the API's HTTP handling, and routes beside the API.
 * start-server.ts composes them; each concern keeps its own module and its own config.
 */
export interface ServerFeatures {
  readonly logger: Logger;
  /** The log line (and, for refusals, the metrics) of every request to the API. */
  readonly requestLog: RequestLog;
  readonly plugins: ApolloServerPlugin<GraphQLContext>[];
  readonly validationRules: ValidationRule[];
  /** Run on every /graphql request once its body is read, before Apollo (see api-step.ts). */
  readonly apiSteps: ApiStep[];
  readonly routes: { path: string; handler: RequestHandler }[];
}

/** What callers (tests, main) may hand the features instead of their env-built defaults. */
export interface ServerFeatureOptions {
  /** The server's logger; by default one built from LOG_LEVEL, writing JSON lines to stdout. */
  readonly logger?: Logger;
}

export function serverFeatures(env: NodeJS.ProcessEnv, options: ServerFeatureOptions = {}): ServerFeatures {
  // observability: a log line per request, metrics per operation, GET /metrics (request ids: api-handler.ts).
  const observed = observability(env, { logger: options.logger });
  const features: ServerFeatures = { logger: observed.logger, requestLog: observed.requestLog, plugins: [], validationRules: [], apiSteps: [], routes: [] };
  features.plugins.push(...observed.plugins);
  features.routes.push(...observed.routes);
  // limits: query length and tokens before parsing, depth/aliases/directives/cost at validation.
  const limits = limitFeatures(env);
  features.plugins.push(...limits.plugins);
  features.validationRules.push(...limits.validationRules);
  // response cache: repeated requests answered before any GraphQL work.
  const cache = responseCacheFeature(readResponseCacheSettings(env), { registry: observed.metrics.registry });
  features.apiSteps.push(...cache.steps);
  return features;
}
