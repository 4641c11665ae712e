import { createServer, Server } from 'node:http';
import { buildClientSchema } from '../graphql/schema';
import type { CorpusRepository } from '../repository';
import { createApolloServer } from './apollo';
import type { ServerConfig } from './config';
import { createHttpApp } from './http-app';
import { listen } from './listen';

export interface RunningServer {
  readonly url: string;
  readonly httpServer: Server;
  stop(): Promise<void>;
}

/** Serves the client-facing graph over HTTP until stopped. */
export async function startServer(
  repository: CorpusRepository,
  config: Pick<ServerConfig, 'port' | 'production' | 'corsOrigins'>,
): Promise<RunningServer> {
  const httpServer = createServer();
  const apollo = createApolloServer({ schema: await buildClientSchema(), production: config.production, httpServer });
  await apollo.start();
  httpServer.on('request', createHttpApp({ apollo, repository, corsOrigins: config.corsOrigins }));
  const port = await listen(httpServer, config.port);
  return { url: `http://localhost:${port}/graphql`, httpServer, stop: () => apollo.stop() };
}
