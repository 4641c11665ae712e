/**
 * `npm start`: serves the client-facing graph (and Sandbox). The server listens at once
 * (`/health` answers); the API opens when the corpus has loaded. A corpus that fails to
 * load stops the start with the loader's full report and exit code 1.
 */
import 'reflect-metadata';
import { formatCounts, summariseCorpus } from '../repository';
import { readConfig } from './config';
import { loadRepositoryOrExit } from './load-repository';
import { stopOnSignals } from './signals';
import { startServer } from './start-server';

async function main(): Promise<void> {
  const config = readConfig();
  const server = await startServer(() => {
    const repository = loadRepositoryOrExit(config.corpusDir);
    console.log(`Corpus ${config.corpusDir}: ${formatCounts(summariseCorpus(repository))}`);
    return repository;
  }, config);
  stopOnSignals(server.stop);
  await server.ready;
  console.log(`Central Asia security graph ready at ${server.url}${config.production ? '' : ' (open it in a browser for Apollo Sandbox)'}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
