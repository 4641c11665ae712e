/** `npm run start:subgraph`: serves the graph as a Federation 2 subgraph, for a router or gateway. */
import 'reflect-metadata';
import { formatCounts, summariseCorpus } from '../repository';
import { readServerConfig } from './config';
import { loadServedCorpusOrExit } from './process/load-repository';
import { createLogger } from './plugins/observability';
import { stopOnSignals } from './process/signals';
import { startSubgraph } from './servers/subgraph-server';

async function main(): Promise<void> {
  const config = readServerConfig(process.env, 'subgraph');
  const logger = createLogger(config.logging);
  const served = loadServedCorpusOrExit(config.corpusDir, config.corpusMaxFileBytes);
  const server = await startSubgraph(served, { ...config, logger });
  const summary = summariseCorpus(served.repository);
  logger.info({ corpusDir: config.corpusDir, counts: summary.counts }, `Corpus ${config.corpusDir}: ${formatCounts(summary)}`);
  logger.info(
    { url: server.url, metricsUrl: server.metricsUrl, secretRequired: Boolean(config.subgraphSecret) },
    `Subgraph ready at ${server.url}${config.subgraphSecret ? ' (SUBGRAPH_SECRET required)' : ''}`,
  );
  stopOnSignals(server.stop, { sigtermGraceMs: config.http.drainGraceMs });
}

// A failed start may come before there is a logger: plain text on stderr, exit code 1.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
