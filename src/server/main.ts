/**
 * `npm start`: serves the client-facing graph (and Sandbox). The server listens at once
 * (`/health` answers); the API opens when the corpus has loaded. A corpus that fails to
 * load stops the start with the loader's full report and exit code 1. Server events and
 * one line per request to the API go to stdout as JSON (LOG_LEVEL, default info).
 */
import 'reflect-metadata';
import { formatCounts, summariseCorpus } from '../repository';
import { readServerConfig } from './config';
import { loadRepositoryInSlicesOrExit } from './process/load-repository';
import { createLogger } from './plugins/observability';
import { stopOnSignals } from './process/signals';
import { startServer } from './servers/graph-server';

async function main(): Promise<void> {
  const config = readServerConfig(process.env);
  const logger = createLogger(config.logging);
  const server = await startServer(
    async () => {
      const repository = await loadRepositoryInSlicesOrExit(config.corpusDir, config.corpusMaxFileBytes);
      // The search index is built in the background, in small slices, once serving starts.
      setImmediate(() => void repository.warmSearchIndex());
      const summary = summariseCorpus(repository);
      logger.info({ corpusDir: config.corpusDir, counts: summary.counts }, `Corpus ${config.corpusDir}: ${formatCounts(summary)}`);
      return repository;
    },
    { ...config, logger },
  );
  stopOnSignals(server.stop, { sigtermGraceMs: config.http.drainGraceMs });
  await server.ready;
  logger.info(
    { url: server.url, production: config.production },
    `Central Asia security graph ready at ${server.url}${config.production ? '' : ' (open it in a browser for Apollo Sandbox)'}`,
  );
}

// A failed start (bad configuration, a corpus that did not load) may come before there is a
// logger: it goes to stderr as plain text, and the process exits 1.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
