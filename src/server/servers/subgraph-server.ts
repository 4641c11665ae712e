import { createCompiledExecutor } from '../../graphql/compiled-execution';
import type { GraphQLContext } from '../../graphql/context';
import { buildSubgraphSchemaFromCode } from '../../graphql/federation/subgraph-schema';
import { progressPrinter } from '../../loader';
import { CorpusRepository } from '../../repository';
import { createApolloServer } from '../apollo/create-apollo-server';
import { readServerConfig, type ServerSettings, type SubgraphConfig } from '../config';
import { corpusMetrics } from '../corpus/corpus-metrics';
import { type CorpusWatcher, watchServedCorpus } from '../corpus/corpus-watcher';
import { LiveCorpus, pinnedContext } from '../corpus/live-corpus';
import { type CorpusDirectory, type LoadedCorpus, loadServedCorpus, servedRepository } from '../corpus/served-corpus';
import { type ContextRequest, createApiHandler } from '../http/api-handler';
import { createHttpServer, routeRequests, type RunningServer } from '../http/http-server';
import { Lifecycle } from '../http/lifecycle';
import { refuseNonJsonPost, refuseWithoutSubgraphSecret } from '../http/refusals';
import { createStatusRoutes } from '../http/status-routes';
import { type Logger, observability } from '../plugins/observability';
import { drainThenStop, listenOrStop, type StopOptions } from './drain';
import { serveMetricsApartOrStop } from './metrics-server';

/** The subgraph as it runs: with METRICS_PORT, where its /metrics is served apart from the API. */
export interface SubgraphServer extends RunningServer {
  readonly metricsUrl?: string;
  /** The corpus served, version by version. */
  readonly corpus: LiveCorpus;
  /** The watcher of the corpus directory, when serving one with CORPUS_WATCH on. */
  readonly watcher?: CorpusWatcher;
}

/** What the subgraph serves: a corpus directory (reloaded as its files change), a version loaded from one, or a repository built in code. */
export type SubgraphSource = CorpusDirectory | LoadedCorpus | CorpusRepository;

export type SubgraphServerSettings = ServerSettings<SubgraphConfig> & {
  /** Where each request's line, and failures, are logged; by default a logger at the configured level. */
  readonly logger?: Logger;
};

/**
 * Serves the graph as a Federation 2 subgraph for a router or gateway: no landing page,
 * no CORS (browsers never call it), and, with a secret, nobody but the router. Its API is
 * the client graph's HTTP handling (http/api-handler.ts: SUBGRAPH_BODY_LIMIT, the HTTP timeouts,
 * a log line per request, /health, /ready, /metrics) without CORS, hooks or limits: the gateway
 * limits what the public sends. In production its internal errors are masked as the graph's are.
 * A directory's corpus is loaded before anything answers (a bad one stops the start with every
 * problem), then reloaded as the client graph's is (CORPUS_WATCH, src/server/corpus/): each
 * request, `_entities` included, served from the version it started on.
 */
export async function startSubgraph(
  corpus: SubgraphSource,
  { env = process.env, logger: given, ...overrides }: SubgraphServerSettings,
): Promise<SubgraphServer> {
  const config = readServerConfig(env, 'subgraph', overrides);
  const directory = 'directory' in corpus && !(corpus instanceof CorpusRepository) ? corpus.directory : undefined;
  const live = new LiveCorpus();
  const first = live.swap(
    directory
      ? loadServedCorpus(directory, { onProgress: progressPrinter(), maxFileBytes: config.corpusMaxFileBytes })
      : corpus instanceof CorpusRepository
        ? servedRepository(corpus)
        : (corpus as LoadedCorpus),
  );
  const httpServer = createHttpServer(config.http);
  const observed = observability(config, { logger: given });
  const { logger } = observed;
  const metrics = corpusMetrics(live, observed.metrics.registry);
  const schema = await buildSubgraphSchemaFromCode();
  const { compileAfter, maxCompiled } = config.execution;
  const apollo = createApolloServer<GraphQLContext>({
    kind: 'subgraph',
    schema,
    // A router asks the same few `_entities` and root operations over and over: compiled.
    executor: compileAfter === null ? null : createCompiledExecutor(schema, { compileAfter, maxCompiled }),
    production: config.production,
    plugins: observed.plugins,
  });
  await apollo.start();
  const lifecycle = new Lifecycle();
  lifecycle.ready();

  // Fresh loaders per request, over the version the request is pinned to.
  const graphql = { apollo, context: async ({ req, requestId }: ContextRequest) => pinnedContext(live, req, { requestId }) };
  const api = createApiHandler({
    refusals: [...(config.subgraphSecret ? [refuseWithoutSubgraphSecret(config.subgraphSecret)] : []), refuseNonJsonPost],
    bodyLimit: config.http.bodyLimit,
    hooks: [],
    graphql: () => graphql,
    logger,
    requestLog: observed.requestLog,
  });
  routeRequests(httpServer, api, createStatusRoutes({ lifecycle, routes: observed.routes }));
  const url = await listenOrStop(httpServer, config.http, apollo);
  // The search index and the actor network, built in slices now rather than on the first request that needs them.
  setImmediate(() => void first.repository.warm());
  const metricsServer = await serveMetricsApartOrStop(observed.metricsRoute, config, apollo, httpServer);
  const watcher = directory ? watchServedCorpus(live, directory, config, { logger, metrics }) : undefined;
  await watcher?.ready;
  const stop = async (options?: StopOptions) => {
    const stopping = drainThenStop(lifecycle, Promise.resolve(), apollo, httpServer, config.http, options);
    await watcher?.close();
    await stopping;
    await metricsServer?.close();
  };
  return { url, metricsUrl: metricsServer?.url, httpServer, corpus: live, watcher, stop };
}
