import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { createApolloServer } from '../server/apollo/create-apollo-server';
import { type GatewayConfig, readServerConfig, type ServerSettings } from '../server/config';
import { createApiHandler } from '../server/http/api-handler';
import { createHttpServer, routeRequests, type RunningServer } from '../server/http/http-server';
import { Lifecycle } from '../server/http/lifecycle';
import { refuseNonJsonPost, SUBGRAPH_SECRET_HEADER } from '../server/http/refusals';
import { createStatusRoutes } from '../server/http/status-routes';
import { type Logger, observability } from '../server/plugins/observability';
import { drainThenStop, listenOrStop, type StopOptions } from '../server/servers/drain';
import { serveMetricsApartOrStop } from '../server/servers/metrics-server';
import { batchSizeHook } from '../server/plugins/limits/batch-size';
import { responseCacheHook } from '../server/plugins/response-cache';
import { persistedDocumentsHook } from '../server/plugins/trusted-documents';
import { createHash } from 'node:crypto';
import { loadServedCorpus } from '../server/corpus/served-corpus';
import { limitFeatures } from '../server/plugins/limits';
import type { CorpusFanOuts } from '../repository';
import { type GatewayContext, SUBGRAPH_UNAVAILABLE, subgraphErrorsPlugin } from './subgraph-errors';
import type { Registry } from 'prom-client';
import { subgraphFetcher } from './subgraph-fetcher';
import { routingUrls } from './subgraph-urls';
import { gatewayListSizeOf, markCostExtensions } from './cost-schema';
import { buildClientSchema } from '../graphql/schema';

export type GatewaySettings = ServerSettings<GatewayConfig> & {
  /** The composed supergraph's SDL (schema/supergraph.graphql). */
  readonly supergraphSdl: string;
  /** Where each request's line, and subgraphs' failures, are logged; by default a logger at the configured level. */
  readonly logger?: Logger;
  /** The corpus's longest lists, which the cost limit counts by; by default measured on CORPUS_DIR at start. */
  readonly fanOuts?: CorpusFanOuts;
};

/** The gateway as it runs: with METRICS_PORT, where its /metrics is served apart from the API. */
export interface GatewayServer extends RunningServer {
  readonly metricsUrl?: string;
}

/**
 * Serves a composed supergraph with Apollo Gateway: a static supergraph, no introspection of
 * the subgraphs at start-up. A subgraph that is down or too slow fails its part of the
 * query with an error, rather than holding the client. Each subgraph's routing URL is the
 * supergraph's unless `SUBGRAPH_URL_<NAME>` overrides it (subgraph-urls.ts). Its API is the
 * client graph's HTTP handling (http/api-handler.ts: body limit, timeouts, JSON errors, the
 * GraphQL over HTTP status codes); what a subgraph says of its failures goes to the log only.
 * The client graph's protections, each its own module: the query limits, a log line per request
 * and /metrics (on METRICS_PORT when set), batch sizes, persisted and trusted documents, and the
 * response cache (see gatewayResponseCache).
 */
export async function startGateway({
  env = process.env,
  supergraphSdl,
  logger: given,
  fanOuts: measured,
  ...overrides
}: GatewaySettings): Promise<GatewayServer> {
  const config = readServerConfig(env, 'gateway', overrides);
  // The limits of `npm start`, with the same codes; the cost model needs the corpus's fan-outs.
  const measuredHere = measured ? undefined : loadServedCorpus(config.corpusDir).repository;
  const fanOuts = measured ?? measuredHere!.fanOuts;
  const clientSchema = await buildClientSchema();
  const urls = routingUrls(supergraphSdl, env);
  // Metrics name operations and codes, never a subgraph: the public port may serve them.
  const observed = observability<GatewayContext>(config, { logger: given });
  const { logger } = observed;
  const limits = limitFeatures<GatewayContext>(config.limits, { fanOutsOf: () => fanOuts, sizeOf: gatewayListSizeOf(clientSchema), logger });
  const cache = gatewayResponseCache(config, supergraphSdl, observed.metrics.registry);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: urls.get(name) ?? url,
        fetcher: subgraphFetcher(name, config.subgraphTimeoutMs) as never,
        willSendRequest({ request }) {
          if (config.subgraphSecret) request.http?.headers.set(SUBGRAPH_SECRET_HEADER, config.subgraphSecret);
        },
        // Names the subgraph for the log (subgraph-errors.ts keeps it from the client).
        didEncounterError(error) {
          throw error instanceof GraphQLError
            ? new GraphQLError(error.message, { originalError: error, extensions: { ...error.extensions, subgraph: name } })
            : error;
        },
      }),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => markCostExtensions(apiSchema, clientSchema));
  const httpServer = createHttpServer(config.http);
  const apollo = createApolloServer<GatewayContext>({
    kind: 'gateway',
    gateway,
    production: config.production,
    httpServer,
    drainTimeoutMs: config.http.drainTimeoutMs,
    httpBatching: config.http.httpBatching,
    // Before the request log: the log line counts the codes the client is answered with.
    plugins: [subgraphErrorsPlugin({ logger }), ...observed.plugins, ...limits.plugins],
    validationRules: limits.validationRules,
  });
  await apollo.start();
  const lifecycle = new Lifecycle();
  lifecycle.ready();

  const graphql = {
    apollo,
    context: async ({ requestId, req }: { requestId: string; req: { socket: { remoteAddress?: string } } }) => ({
      requestId,
      clientAddress: req.socket.remoteAddress,
    }),
  };
  const api = createApiHandler<GatewayContext>({
    corsOrigins: config.http.corsOrigins,
    refusals: [lifecycle.refuseUnlessReady, refuseNonJsonPost],
    bodyLimit: config.http.bodyLimit,
    // As the client graph's (plugins/index.ts): batch size, the cache, then persisted documents.
    hooks: [batchSizeHook(config.http.maxBatchSize), ...(cache ? [cache] : []), persistedDocumentsHook(config.trustedDocuments)],
    graphql: () => graphql,
    logger,
    requestLog: observed.requestLog,
  });
  routeRequests(httpServer, api, createStatusRoutes({ lifecycle, routes: observed.routes }));
  const url = await listenOrStop(httpServer, config.http, apollo);
  // The network's fan-outs, counted in slices now rather than all at once on the first network query.
  if (measuredHere) setImmediate(() => void measuredHere.warmActorNetwork());
  const metricsServer = await serveMetricsApartOrStop(observed.metricsRoute, config, apollo, httpServer);
  const stop = async (options?: StopOptions) => {
    await drainThenStop(lifecycle, Promise.resolve(), apollo, httpServer, config.http, options);
    await metricsServer?.close();
  };
  return { url, metricsUrl: metricsServer?.url, httpServer, stop };
}

/**
 * The client graph's response cache at the gateway. The gateway cannot see the corpus its
 * subgraphs serve (a subgraph that reloads its corpus, or restarts on a new one, says nothing to it), so an answer is
 * keyed by the supergraph it was planned against and kept at most CACHE_MAX_AGE_SECONDS, as
 * long as a browser or CDN may keep it anyway; none when that is 0. A subgraph's failure
 * (SUBGRAPH_UNAVAILABLE) is never kept.
 */
function gatewayResponseCache(config: GatewayConfig, supergraphSdl: string, registry: Registry) {
  if (config.responseCache.maxAgeSeconds === 0) return undefined;
  const supergraph = createHash('sha256').update(supergraphSdl).digest('hex');
  return responseCacheHook({
    config: config.responseCache,
    registry,
    corpusOf: () => ({ version: supergraph, cacheKey: `supergraph:${supergraph}` }),
    ttlMs: config.responseCache.maxAgeSeconds * 1000,
    uncacheableCodes: [SUBGRAPH_UNAVAILABLE],
  });
}
