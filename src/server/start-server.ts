import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildClientSchema } from '../graphql/schema';
import type { CorpusRepository } from '../repository';
import { createApolloServer } from './apollo';
import type { ServerConfig } from './config';
import { createHttpApp } from './http-app';

export interface RunningServer {
  readonly url: string;
  readonly httpServer: Server;
  stop(): Promise<void>;
}

/** Serves the graph over HTTP until stopped. Port 0 picks a free port (for tests). */
export async function startServer(
  repository: CorpusRepository,
  config: Pick<ServerConfig, 'port' | 'production' | 'corsOrigins'>,
): Promise<RunningServer> {
  const httpServer = createServer();
  const apollo = createApolloServer({ schema: await buildClientSchema(), production: config.production, httpServer });
  await apollo.start();
  httpServer.on('request', createHttpApp({ apollo, repository, corsOrigins: config.corsOrigins }));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://localhost:${port}/graphql`, httpServer, stop: () => apollo.stop() };
}
