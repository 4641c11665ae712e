import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import cors from 'cors';
import express from 'express';
import { createServer } from 'node:http';
import { corsOriginOption } from '../server/config/read-config';
import { listen } from '../server/http/http-server';
import type { RunningServer } from '../server/servers/graph-server';
import { SUBGRAPH_SECRET_HEADER } from '../server/http/subgraph-secret';
import { subgraphFetcher } from './subgraph-fetcher';

export interface GatewayConfig {
  readonly supergraphSdl: string;
  readonly port: number;
  readonly production: boolean;
  readonly corsOrigins: readonly string[];
  /** Sent to every subgraph in the x-subgraph-secret header. */
  readonly subgraphSecret?: string;
  /** How long a subgraph may take to answer before the gateway gives up on it. */
  readonly subgraphTimeoutMs: number;
}

/**
 * Serves a composed supergraph with Apollo Gateway: a static supergraph, no introspection of
 * the subgraphs at start-up. A subgraph that is down or too slow fails its part of the
 * query with an error, rather than holding the client.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningServer> {
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        fetcher: subgraphFetcher(name, config.subgraphTimeoutMs) as never,
        willSendRequest({ request }) {
          if (config.subgraphSecret) request.http?.headers.set(SUBGRAPH_SECRET_HEADER, config.subgraphSecret);
        },
      }),
  });
  const httpServer = createServer();
  const apollo = new ApolloServer({
    gateway,
    // Signals are handled in one place (signals.ts): drain, then exit 0. Apollo's own
    // handler would re-raise the signal after stopping, and the process would die by it.
    stopOnTerminationSignals: false,
    plugins: [
      config.production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
    includeStacktraceInErrorResponses: !config.production,
    introspection: !config.production,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', cors({ origin: corsOriginOption(config.corsOrigins) }), express.json({ limit: '1mb' }), expressMiddleware(apollo));
  httpServer.on('request', app);
  const port = await listen(httpServer, config.port);
  return { url: `http://localhost:${port}/graphql`, httpServer, stop: () => apollo.stop() };
}
