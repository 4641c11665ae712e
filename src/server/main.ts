/** `npm start`: loads the corpus, then serves the graph. A corpus that fails to load stops the start. */
import 'reflect-metadata';
import { CorpusLoadError, loadCorpus } from '../loader';
import { CorpusRepository, formatCounts, summariseCorpus } from '../repository';
import { readConfig } from './config';
import { startServer } from './start-server';

async function main(): Promise<void> {
  const config = readConfig();
  let repository: CorpusRepository;
  try {
    repository = new CorpusRepository(loadCorpus(config.corpusDir));
  } catch (error) {
    if (error instanceof CorpusLoadError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const server = await startServer(repository, config);
  console.log(`Corpus ${config.corpusDir}: ${formatCounts(summariseCorpus(repository))}`);
  console.log(`Central Asia security graph ready at ${server.url}${config.production ? '' : ' (open it in a browser for Apollo Sandbox)'}`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void server.stop().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
