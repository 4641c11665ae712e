/**
 * `npm run start:subgraph`: serves the graph as a Federation 2 subgraph, for a router or gateway.
 * The corpus is loaded before it listens (a corpus that fails to load stops the start with the
 * loader's full report and exit code 1), then reloaded as its files change (CORPUS_WATCH): a
 * broken edit is refused and the last good version served (src/server/corpus/).
 */
import 'reflect-metadata';
import { formatCounts, summariseCorpus } from '../repository';
import { readServerConfig } from './config';
import { createLogger } from './plugins/observability';
import { stopOnSignals } from './process/signals';
import { startSubgraph } from './servers/subgraph-server';

async function main(): Promise<void> {
  const config = readServerConfig(process.env, 'subgraph');
  const logger = createLogger(config.logging);
  const server = await startSubgraph({ directory: config.corpusDir }, { ...config, logger });
  const { repository, version } = server.corpus.served;
  const summary = summariseCorpus(repository);
  logger.info({ corpusDir: config.corpusDir, version, counts: summary.counts }, `Corpus ${config.corpusDir}: ${formatCounts(summary)}`);
  logger.info(
    { url: server.url, metricsUrl: server.metricsUrl, secretRequired: Boolean(config.subgraphSecret), corpusWatch: config.corpus.watch },
    `Subgraph ready at ${server.url}${config.subgraphSecret ? ' (SUBGRAPH_SECRET required)' : ''}`,
  );
  stopOnSignals(server.stop, { sigtermGraceMs: config.http.drainGraceMs });
}

// A failed start (bad configuration, a corpus that did not load) may come before there is a
// logger: it goes to stderr as plain text, and the process exits 1.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
