import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { createApolloServer } from '../server/apollo/create-apollo-server';
import { type GatewayConfig, readServerConfig, type ServerSettings } from '../server/config';
import { createApiHandler } from '../server/http/api-handler';
import { createHttpServer, routeRequests, type RunningServer } from '../server/http/http-server';
import { Lifecycle } from '../server/http/lifecycle';
import { refuseNonJsonPost, SUBGRAPH_SECRET_HEADER } from '../server/http/refusals';
import { createStatusRoutes } from '../server/http/status-routes';
import { createLogger, type Logger, RequestLog, requestLogPlugin } from '../server/plugins/observability';
import { drainThenStop, listenOrStop } from '../server/servers/drain';
import { loadServedCorpus } from '../server/corpus/served-corpus';
import { limitFeatures } from '../server/plugins/limits';
import type { CorpusFanOuts } from '../repository';
import { type GatewayContext, subgraphErrorsPlugin } from './subgraph-errors';
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

/**
 * Serves a composed supergraph with Apollo Gateway: a static supergraph, no introspection of
 * the subgraphs at start-up. A subgraph that is down or too slow fails its part of the
 * query with an error, rather than holding the client. Each subgraph's routing URL is the
 * supergraph's unless `SUBGRAPH_URL_<NAME>` overrides it (subgraph-urls.ts). Its API is the
 * client graph's HTTP handling (http/api-handler.ts: body limit, timeouts, JSON errors, the
 * GraphQL over HTTP status codes); what a subgraph says of its failures goes to the log only.
 */
export async function startGateway({
  env = process.env,
  supergraphSdl,
  logger: given,
  fanOuts: measured,
  ...overrides
}: GatewaySettings): Promise<RunningServer> {
  const config = readServerConfig(env, 'gateway', overrides);
  // The limits of `npm start`, with the same codes; the cost model needs the corpus's fan-outs.
  const fanOuts = measured ?? loadServedCorpus(config.corpusDir).repository.fanOuts;
  const clientSchema = await buildClientSchema();
  const logger = given ?? createLogger(config.logging);
  const limits = limitFeatures<GatewayContext>(config.limits, { fanOutsOf: () => fanOuts, sizeOf: gatewayListSizeOf(clientSchema), logger });
  const urls = routingUrls(supergraphSdl, env);
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
    plugins: [subgraphErrorsPlugin({ logger }), requestLogPlugin<GatewayContext>({ logger }), ...limits.plugins],
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
    hooks: [],
    graphql: () => graphql,
    logger,
    requestLog: new RequestLog({ logger }),
  });
  routeRequests(httpServer, api, createStatusRoutes({ lifecycle }));
  const url = await listenOrStop(httpServer, config.http, apollo);
  return { url, httpServer, stop: (options) => drainThenStop(lifecycle, Promise.resolve(), apollo, httpServer, config.http, options) };
}
