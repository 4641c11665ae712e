import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createApolloServer } from '../server/apollo/create-apollo-server';
import { corsOriginOption, type GatewayConfig, readServerConfig, type ServerSettings } from '../server/config';
import { createHttpServer, listen, type RunningServer } from '../server/http/http-server';
import { Lifecycle } from '../server/http/lifecycle';
import { SUBGRAPH_SECRET_HEADER } from '../server/http/refusals';
import { createStatusRoutes } from '../server/http/status-routes';
import { drainThenStop } from '../server/servers/drain';
import { subgraphFetcher } from './subgraph-fetcher';
import { routingUrls } from './subgraph-urls';

/** The gateway's body limit, as the subgraph's. */
const GATEWAY_BODY_LIMIT = '1mb';

export type GatewaySettings = ServerSettings<GatewayConfig> & {
  /** The composed supergraph's SDL (schema/supergraph.graphql). */
  readonly supergraphSdl: string;
};

/**
 * Serves a composed supergraph with Apollo Gateway: a static supergraph, no introspection of
 * the subgraphs at start-up. A subgraph that is down or too slow fails its part of the
 * query with an error, rather than holding the client. Each subgraph's routing URL is the
 * supergraph's unless `SUBGRAPH_URL_<NAME>` overrides it (subgraph-urls.ts).
 */
export async function startGateway({ env = process.env, supergraphSdl, ...overrides }: GatewaySettings): Promise<RunningServer> {
  const config = readServerConfig(env, 'gateway', overrides);
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
      }),
  });
  const httpServer = createHttpServer();
  const apollo = createApolloServer<BaseContext>({ kind: 'gateway', gateway, production: config.production, httpServer });
  await apollo.start();
  const lifecycle = new Lifecycle();
  lifecycle.ready();

  // The gateway's API stays on Apollo's Express integration, with the status routes of every server.
  const app = createStatusRoutes({ lifecycle });
  app.use('/graphql', cors({ origin: corsOriginOption(config.http.corsOrigins) }), express.json({ limit: GATEWAY_BODY_LIMIT }), expressMiddleware(apollo));
  httpServer.on('request', app);
  const url = await listen(httpServer, config.http.port, config.http.host).catch(async (error: unknown) => {
    await apollo.stop();
    throw error;
  });
  return { url, httpServer, stop: () => drainThenStop(lifecycle, Promise.resolve(), apollo, httpServer) };
}
