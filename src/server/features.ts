import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { ValidationRule } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { limitFeatures } from './limits';
import { type Logger, observability } from './observability';
import { type FastLaneServer, type FrontHandler, readResponseCacheSettings, responseCacheFeature } from './response-cache';

/**
 * What the production concerns add to a server, each as small parts: Apollo plugins,
 * validation rules, HTTP middleware in front of the API, and routes beside it.
 * start-server.ts composes them; each concern keeps its own module and its own config.
 */
export interface ServerFeatures {
  readonly plugins: ApolloServerPlugin<GraphQLContext>[];
  readonly validationRules: ValidationRule[];
  /** Runs on every /graphql request before the body is parsed. */
  readonly middleware: RequestHandler[];
  /** Runs on every /graphql request once the body is parsed (and its raw bytes kept). */
  readonly bodyMiddleware: RequestHandler[];
  readonly routes: { path: string; handler: RequestHandler }[];
  /** Run on every request before Express (at the node:http level), given the server they stand in front of. */
  readonly frontHandlers: ((server: FastLaneServer) => FrontHandler)[];
}

/** What callers (tests, main) may hand the features instead of their env-built defaults. */
export interface ServerFeatureOptions {
  /** The server's logger; by default one built from LOG_LEVEL, writing JSON lines to stdout. */
  readonly logger?: Logger;
}

export function serverFeatures(env: NodeJS.ProcessEnv, options: ServerFeatureOptions = {}): ServerFeatures {
  const features: ServerFeatures = { plugins: [], validationRules: [], middleware: [], bodyMiddleware: [], routes: [], frontHandlers: [] };
  // observability: request ids first of all middleware (every answer, even a refusal, carries
  // one), a log line and metrics per operation, GET /metrics.
  const observed = observability(env, { logger: options.logger });
  features.middleware.unshift(...observed.middleware);
  features.plugins.push(...observed.plugins);
  features.routes.push(...observed.routes);
  // limits: query length and tokens before parsing, depth/aliases/directives/cost at validation.
  const limits = limitFeatures(env);
  features.plugins.push(...limits.plugins);
  features.validationRules.push(...limits.validationRules);
  // response cache: repeated requests answered before any GraphQL work, most before Express.
  const cache = responseCacheFeature(readResponseCacheSettings(env), { logger: observed.logger, registry: observed.metrics.registry });
  features.bodyMiddleware.push(...cache.bodyMiddleware);
  if (cache.fastLane) features.frontHandlers.push(cache.fastLane);
  return features;
}
