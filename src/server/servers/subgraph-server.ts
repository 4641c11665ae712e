import { createCompiledExecutor } from '../../graphql/compiled-execution';
import { createContext, type GraphQLContext } from '../../graphql/context';
import { buildSubgraphSchemaFromCode } from '../../graphql/federation/subgraph-schema';
import { CorpusRepository } from '../../repository';
import { createApolloServer } from '../apollo/create-apollo-server';
import { readServerConfig, type ServerSettings, type SubgraphConfig } from '../config';
import { type LoadedCorpus, servedRepository } from '../corpus/served-corpus';
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
}

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
 * It serves the corpus version it started with: it does not reload (restart it for a new one).
 */
export async function startSubgraph(
  corpus: CorpusRepository | LoadedCorpus,
  { env = process.env, logger: given, ...overrides }: SubgraphServerSettings,
): Promise<SubgraphServer> {
  const config = readServerConfig(env, 'subgraph', overrides);
  const httpServer = createHttpServer(config.http);
  const observed = observability(config, { logger: given });
  const { logger } = observed;
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

  const served = corpus instanceof CorpusRepository ? servedRepository(corpus) : { ...corpus, loadedAt: new Date() };
  const info = { version: served.version, loadedAt: served.loadedAt, rejected: () => [] };
  const graphql = { apollo, context: async ({ requestId }: ContextRequest) => createContext(served.repository, { requestId, corpus: info }) };
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
  setImmediate(() => void served.repository.warm());
  const metricsServer = await serveMetricsApartOrStop(observed.metricsRoute, config, apollo, httpServer);
  const stop = async (options?: StopOptions) => {
    await drainThenStop(lifecycle, Promise.resolve(), apollo, httpServer, config.http, options);
    await metricsServer?.close();
  };
  return { url, metricsUrl: metricsServer?.url, httpServer, stop };
}
