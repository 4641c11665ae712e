import { createCompiledExecutor } from '../../graphql/compiled-execution';
import { checkDeadlineInResolvers } from '../../graphql/deadline';
import { buildClientSchema } from '../../graphql/schema';
import { progressPrinter } from '../../loader';
import { CorpusRepository, formatCounts, summariseCorpus } from '../../repository';
import { createApolloServer } from '../apollo/create-apollo-server';
import { type GraphConfig, readServerConfig, type ServerSettings } from '../config';
import { type CorpusWatcher, watchServedCorpus } from '../corpus/corpus-watcher';
import { LiveCorpus, pinnedContext } from '../corpus/live-corpus';
import { type CorpusDirectory, type LoadedCorpus, loadServedCorpusInSlices, servedRepository } from '../corpus/served-corpus';
import { type ApiGraphQL, createApiHandler } from '../http/api-handler';
import { createExportHandler } from '../http/export-routes';
import { closeNow, createHttpServer, listen, routeRequests, type RunningServer } from '../http/http-server';
import { Lifecycle } from '../http/lifecycle';
import { refuseNonJsonPost } from '../http/refusals';
import { pageRoutes } from '../http/pages';
import { createStatusRoutes } from '../http/status-routes';
import { graphFeatures } from '../plugins';
import type { Logger } from '../plugins/observability';
import { drainThenStop, type StopOptions } from './drain';
import { serveMetricsApart } from './metrics-server';

export interface ClientServer extends RunningServer {
  /** With METRICS_PORT: where /metrics is served, apart from the API. */
  readonly metricsUrl?: string;
  readonly lifecycle: Lifecycle;
  /** Resolves once the corpus is loaded and the API answers; rejects if loading failed. */
  readonly ready: Promise<void>;
  /** The corpus served, version by version. */
  readonly corpus: LiveCorpus;
  /** The watcher of the corpus directory, when serving one with CORPUS_WATCH on (once ready). */
  readonly watcher: () => CorpusWatcher | undefined;
}

/** What the graph serves: a corpus directory, a repository built in code, or a function that loads one. */
export type ServedSource = CorpusDirectory | CorpusRepository | (() => CorpusRepository | Promise<CorpusRepository>);

export type ClientServerSettings = ServerSettings<GraphConfig> & {
  /** The logger for request logs; by default one at the configured level, writing to stdout. */
  readonly logger?: Logger;
};

/**
 * Serves the client-facing graph. The server listens at once, so `/health` answers while
 * the corpus loads; the API and `/ready` open only when the whole corpus is loaded.
 * Given a loaded repository, it resolves when ready; given a loading function or a corpus
 * directory, once listening, with `ready` to await. A directory's corpus is reloaded as its
 * files change (CORPUS_WATCH): each new version swapped in whole once entirely valid, each
 * request served from the version it started on (src/server/corpus/).
 */
export async function startServer(corpus: ServedSource, { env = process.env, logger, ...overrides }: ClientServerSettings): Promise<ClientServer> {
  const config = readServerConfig(env, 'graph', overrides);
  const live = new LiveCorpus();
  const features = graphFeatures(config, { logger, corpus: live });
  let watcher: CorpusWatcher | undefined;
  const lifecycle = new Lifecycle();
  let graphql: ApiGraphQL | undefined;

  const httpServer = createHttpServer(config.http);
  const api = createApiHandler({
    corsOrigins: config.http.corsOrigins,
    refusals: [lifecycle.refuseUnlessReady, refuseNonJsonPost],
    bodyLimit: config.http.bodyLimit,
    hooks: features.hooks,
    graphql: () => graphql,
    logger: features.logger,
    requestLog: features.requestLog,
  });
  const exports = createExportHandler({
    corsOrigins: config.http.corsOrigins,
    refusals: [lifecycle.refuseUnlessReady],
    corpus: (request) => {
      const pinned = live.pin(request);
      return { repository: pinned.repository.reviewed, version: pinned.version, cacheKey: live.cacheKeyOf(request) };
    },
    responseCache: config.responseCache,
    logger: features.logger,
    requestLog: features.requestLog,
  });
  // The pages need introspection for GraphiQL's docs: development answers it, production only with EXPLORER=1.
  const introspection = !config.production || config.explorer;
  const pages = pageRoutes({ introspection });
  routeRequests(httpServer, api, createStatusRoutes({ lifecycle, routes: [...features.routes, ...pages] }), exports);
  const url = await listen(httpServer, config.http.port, config.http.host);
  // METRICS_PORT in use: the API's listener closes too, so the process can exit with the message.
  const metricsServer = await serveMetricsApart(features.metricsRoute, config.metrics, config.http.host).catch(async (error: unknown) => {
    await closeNow(httpServer);
    throw error;
  });

  const schema = checkDeadlineInResolvers(await buildClientSchema());
  const { compileAfter, maxCompiled, timeoutMs } = config.execution;
  const apollo = createApolloServer({
    schema,
    executor: compileAfter === null ? null : createCompiledExecutor(schema, { compileAfter, maxCompiled }),
    production: config.production,
    httpBatching: config.http.httpBatching,
    plugins: features.plugins,
    validationRules: features.validationRules,
    introspectionInProduction: config.explorer,
    offlineExplorerPath: '/explorer',
  });
  const ready = (async () => {
    await new Promise((resolve) => setImmediate(resolve)); // answer /health before the load blocks
    const directory = corpus instanceof CorpusRepository || typeof corpus === 'function' ? undefined : corpus.directory;
    const first: LoadedCorpus = directory
      ? await loadServedCorpusInSlices(directory, { onProgress: progressPrinter(), maxFileBytes: config.corpusMaxFileBytes })
      : servedRepository(typeof corpus === 'function' ? await corpus() : (corpus as CorpusRepository));
    const served = live.swap(first);
    if (directory) {
      const summary = summariseCorpus(served.repository);
      features.logger.info(
        { corpusDir: directory, version: served.version, counts: summary.counts, drafts: served.repository.drafts },
        `Corpus ${directory}: ${formatCounts(summary)}`,
      );
      // The search indexes and the actor network are built in the background, in small slices, once serving starts.
      setImmediate(() => void served.repository.warm());
    }
    await apollo.start();
    // Each request is served from the version it is pinned to (its first hook pins it, else here).
    graphql = {
      apollo,
      context: async ({ req, ...request }) => pinnedContext(live, req, { ...request, timeoutMs }),
    };
    watcher = directory ? watchServedCorpus(live, directory, config, { logger: features.logger, metrics: features.corpusMetrics }) : undefined;
    if (watcher) {
      await watcher.ready;
      if (lifecycle.state === 'draining') await watcher.close(); // stopped while loading
    }
    lifecycle.ready();
  })();

  const stop = async (options?: StopOptions) => {
    // Drains (see drain.ts); the change streams end at once, as they would never finish on their own.
    const stopping = drainThenStop(lifecycle, ready, apollo, httpServer, config.http, options);
    features.corpusChanges.closeAll();
    await watcher?.close();
    await stopping;
    await metricsServer?.close();
  };
  // A start that fails (Redis not answering, for shared budgets) closes what it opened.
  if (typeof corpus !== 'function' && corpus instanceof CorpusRepository) await ready.catch((error: unknown) => stop().then(() => Promise.reject(error)));
  return { url, metricsUrl: metricsServer?.url, httpServer, lifecycle, ready, corpus: live, watcher: () => watcher, stop };
}
