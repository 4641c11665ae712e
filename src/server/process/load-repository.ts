import { CorpusLoadError, loadCorpus, progressPrinter } from '../../loader';
import { CorpusRepository } from '../../repository';

/**
 * Loads the corpus for a server about to start. A corpus that fails to load stops the
 * start: the loader's full report goes to stderr and the process exits 1. The load's progress
 * goes to stderr too, on a terminal or for a large corpus (see progressPrinter).
 */
export function loadRepositoryOrExit(corpusDir: string): CorpusRepository {
  try {
    return new CorpusRepository(loadCorpus(corpusDir, { onProgress: progressPrinter() }));
  } catch (error) {
    if (error instanceof CorpusLoadError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
