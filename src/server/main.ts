/**
 * `npm start`: serves the client-facing graph (and Sandbox). The server listens at once
 * (`/health` answers); the API opens when the corpus has loaded. A corpus that fails to
 * load stops the start with the loader's full report and exit code 1; once serving, a broken
 * edit is refused and the last good version served (src/server/corpus/). Server events and
 * one line per request to the API go to stdout as JSON (LOG_LEVEL, default info).
 */
import 'reflect-metadata';
import { readServerConfig } from './config';
import { createLogger } from './plugins/observability';
import { stopOnSignals } from './process/signals';
import { startServer } from './servers/graph-server';

async function main(): Promise<void> {
  const config = readServerConfig(process.env);
  const logger = createLogger(config.logging);
  // Loaded once listening, then reloaded as its files change (CORPUS_WATCH): see src/server/corpus/.
  const server = await startServer({ directory: config.corpusDir }, { ...config, logger });
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
