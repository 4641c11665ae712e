/**
 * Loads the corpus and prints what was built: counts by type and by source.
 * On a broken corpus, prints every problem the loader found and exits 1.
 */
import 'reflect-metadata';
import { corpusDirectory } from '../corpus-dir';
import { CorpusLoadError, loadCorpus } from '../loader';
import { CorpusRepository, summariseCorpus } from '../repository';

function main(): void {
  const directory = corpusDirectory();
  let repository: CorpusRepository;
  try {
    repository = new CorpusRepository(loadCorpus(directory));
  } catch (error) {
    if (!(error instanceof CorpusLoadError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const summary = summariseCorpus(repository);
  console.log(`Corpus: ${directory}\n`);
  console.table(summary.counts);
  console.table(
    Object.fromEntries(
      summary.bySource.map(({ seedFile, title: _title, sourceId: _id, ...counts }) => [seedFile, counts]),
    ),
  );
}

main();
