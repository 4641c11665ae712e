/** `npm start`: loads the corpus, then serves the client-facing graph (and Sandbox). */
import 'reflect-metadata';
import { formatCounts, summariseCorpus } from '../repository';
import { readConfig } from './config';
import { loadRepositoryOrExit } from './load-repository';
import { stopOnSignals } from './signals';
import { startServer } from './start-server';

async function main(): Promise<void> {
  const config = readConfig();
  const repository = loadRepositoryOrExit(config.corpusDir);
  const server = await startServer(repository, config);
  console.log(`Corpus ${config.corpusDir}: ${formatCounts(summariseCorpus(repository))}`);
  console.log(`Central Asia security graph ready at ${server.url}${config.production ? '' : ' (open it in a browser for Apollo Sandbox)'}`);
  stopOnSignals(server.stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
