/**
 * Loads the corpus and prints what was built: counts by type and by source.
 * On a broken corpus, prints every problem the loader found and exits 1.
 * Shows the load's progress on stderr on a terminal, or for a large corpus.
 */
import 'reflect-metadata';
import { corpusDirectory } from '../corpus-dir';
import { CorpusLoadError, loadCorpus, progressPrinter } from '../loader';
import { CorpusRepository, summariseCorpus } from '../repository';

/** More sources than this are summarised by their first ones only: a table of 40,000 rows helps no one. */
const SOURCES_SHOWN = 50;

function main(): void {
  const directory = corpusDirectoryOrExit();
  const started = performance.now();
  let repository: CorpusRepository;
  let loadedMs: number;
  try {
    const corpus = loadCorpus(directory, { onProgress: progressPrinter() });
    loadedMs = performance.now() - started;
    repository = new CorpusRepository(corpus);
  } catch (error) {
    if (!(error instanceof CorpusLoadError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const builtMs = performance.now() - started - loadedMs;
  const summary = summariseCorpus(repository);
  console.log(`Corpus: ${directory}\n`);
  console.table(summary.counts);
  const shown = summary.bySource.slice(0, SOURCES_SHOWN);
  console.table(Object.fromEntries(shown.map(({ seedFile, title: _title, sourceId: _id, ...counts }) => [seedFile, counts])));
  if (summary.bySource.length > shown.length) console.log(`… and ${summary.bySource.length - shown.length} more sources`);
  if (summary.bySource.length > SOURCES_SHOWN) {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`Loaded in ${seconds(loadedMs)}, indexed in ${seconds(builtMs)}; ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB resident`);
  }
}

/** CORPUS_DIR, checked: a bad one is a one-line message on stderr and exit code 1, not a stack trace. */
function corpusDirectoryOrExit(): string {
  try {
    return corpusDirectory();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

main();
