import { CorpusLoadError, progressPrinter } from '../../loader';
import { type LoadedCorpus, loadServedCorpus } from '../corpus/served-corpus';

/**
 * Loads the corpus for a server about to start, at once (the subgraph: it answers nothing
 * before its corpus is loaded). A corpus that fails to load stops the start: the loader's
 * full report goes to stderr and the process exits 1. The load's progress goes to stderr too,
 * on a terminal or for a large corpus (see progressPrinter).
 */
export function loadServedCorpusOrExit(corpusDir: string, maxFileBytes?: number): LoadedCorpus {
  try {
    return loadServedCorpus(corpusDir, { onProgress: progressPrinter(), maxFileBytes });
  } catch (error) {
    if (error instanceof CorpusLoadError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
