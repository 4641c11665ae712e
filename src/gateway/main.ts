/** `npm run start:gateway`: serves schema/supergraph.graphql (see `npm run supergraph`) with Apollo Gateway. */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_SDL } from '../paths';
import { readServerConfig } from '../server/config';
import { createLogger } from '../server/plugins/observability';
import { stopOnSignals } from '../server/process/signals';
import { startGateway } from './start-gateway';
import { routingUrls } from './subgraph-urls';

async function main(): Promise<void> {
  const config = readServerConfig(process.env, 'gateway');
  const logger = createLogger(config.logging);
  const supergraphSdl = readFileSync(SUPERGRAPH_SDL, 'utf8');
  const gateway = await startGateway({ ...config, supergraphSdl });
  const subgraphs = Object.fromEntries(routingUrls(supergraphSdl, process.env));
  logger.info(
    { url: gateway.url, metricsUrl: gateway.metricsUrl, supergraph: SUPERGRAPH_SDL, subgraphs },
    `Gateway ready at ${gateway.url}, serving ${SUPERGRAPH_SDL}`,
  );
  stopOnSignals(gateway.stop, { sigtermGraceMs: config.http.drainGraceMs });
}

// A failed start may come before there is a logger: plain text on stderr, exit code 1.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
