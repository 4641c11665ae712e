import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { GraphQLContext } from '../../graphql/context';
import type { GraphConfig } from '../config';
import { type ChangesStreams, corpusChangesStreams } from '../corpus/corpus-changes-route';
import { type CorpusMetrics, corpusMetrics } from '../corpus/corpus-metrics';
import type { LiveCorpus } from '../corpus/live-corpus';
import type { HttpHook } from '../http/hooks';
import type { Route } from '../http/status-routes';
import { limitFeatures } from './limits';
import { type Logger, observability, type RequestLog } from './observability';
import { batchSizeHook } from './limits/batch-size';
import { batchTurnsPlugin } from './limits/batch-turns';
import { executionDeadlinePlugin } from './limits/execution-deadline';
import { fairShareHooks } from './limits/fair-share';
import { responseCacheHook } from './response-cache';
import { persistedDocumentsHook } from './trusted-documents';

/**
 * What the production concerns add to the client-facing graph, each as small parts: Apollo
 * plugins, validation rules, HTTP hooks around Apollo, and routes beside the API. Each
 * concern keeps its own module and gets its own slice of the config.
 */
export interface GraphFeatures {
  readonly logger: Logger;
  /** The log line (and, for refusals, the metrics) of every request to the API. */
  readonly requestLog: RequestLog;
  readonly plugins: ApolloServerPlugin<GraphQLContext>[];
  readonly validationRules: ValidationRule[];
  /** Around Apollo, in order (see http/hooks.ts). */
  readonly hooks: HttpHook[];
  readonly routes: Route[];
  /** The corpus's reloads in /metrics. */
  readonly corpusMetrics: CorpusMetrics;
  /** GET /corpus/changes, and what ends its streams when the server stops. */
  readonly corpusChanges: ChangesStreams;
  /** GET /metrics, for a port of its own (METRICS_PORT). */
  readonly metricsRoute: Route;
}

export interface GraphFeatureOptions {
  /** The server's logger; by default one at the configured level, writing JSON lines to stdout. */
  readonly logger?: Logger;
  /** The corpus served, version by version: what the cache keys by, /metrics and /corpus/changes report. */
  readonly corpus: LiveCorpus;
}

export function graphFeatures(config: GraphConfig, options: GraphFeatureOptions): GraphFeatures {
  // A log line per request, metrics per operation, GET /metrics (request ids: http/api-handler.ts).
  const observed = observability(config, { logger: options.logger });
  // Query length and tokens before parsing, depth/aliases/directives/cost at validation.
  const limits = limitFeatures(config.limits, { logger: observed.logger });
  // Repeated requests answered before any GraphQL work; persisted documents always run by id,
  // and in trusted-documents mode nothing else does.
  // Keyed by the version each request is pinned to (the version its context serves).
  const cache = responseCacheHook({
    config: config.responseCache,
    registry: observed.metrics.registry,
    corpusOf: ({ req }) => ({ version: options.corpus.pin(req).version, cacheKey: options.corpus.cacheKeyOf(req) }),
  });
  const corpusChanges = corpusChangesStreams(options.corpus);
  // Every request notes its client first; one that no hook answered waits for its client's share last.
  const fairShare = fairShareHooks({ ...config.limits.fairShare, registry: observed.metrics.registry });
  const hooks = [
    fairShare.noteClient,
    batchSizeHook(config.http.maxBatchSize),
    ...(cache ? [cache] : []),
    persistedDocumentsHook(config.trustedDocuments),
    fairShare.admitUncached,
  ];
  return {
    logger: observed.logger,
    requestLog: observed.requestLog,
    plugins: [...observed.plugins, ...limits.plugins, executionDeadlinePlugin, batchTurnsPlugin],
    validationRules: limits.validationRules,
    hooks,
    routes: [...observed.routes, { path: '/corpus/changes', handler: corpusChanges.handler }],
    metricsRoute: observed.metricsRoute,
    corpusMetrics: corpusMetrics(options.corpus, observed.metrics.registry),
    corpusChanges,
  };
}
