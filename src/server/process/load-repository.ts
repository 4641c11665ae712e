import { CorpusLoadError, loadCorpus, loadCorpusInSlices, type LoadOptions, progressPrinter } from '../../loader';
import { CorpusRepository } from '../../repository';

/**
 * Loads a corpus into a repository without holding the event loop: the loader works in slices
 * of about 20 ms (loadCorpusInSlices), so a server answers /health and /ready (503) meanwhile.
 * The one way a server loads a corpus while it serves: at start, and on a reload.
 */
export async function loadRepository(corpusDir: string, options: LoadOptions = {}): Promise<CorpusRepository> {
  const corpus = await loadCorpusInSlices(corpusDir, options);
  // Building the indexes is one step; the event loop gets a turn before it.
  await new Promise<void>((resolve) => setImmediate(resolve));
  return new CorpusRepository(corpus);
}

/**
 * Loads the corpus for a server about to start. A corpus that fails to load stops the
 * start: the loader's full report goes to stderr and the process exits 1. The load's progress
 * goes to stderr too, on a terminal or for a large corpus (see progressPrinter).
 */
export function loadRepositoryOrExit(corpusDir: string, maxFileBytes?: number): CorpusRepository {
  try {
    return new CorpusRepository(loadCorpus(corpusDir, { onProgress: progressPrinter(), maxFileBytes }));
  } catch (error) {
    exitOnLoadError(error);
  }
}

/** loadRepository for `npm start`: progress on stderr; a corpus that fails to load stops the process with its report, exit 1. */
export async function loadRepositoryInSlicesOrExit(corpusDir: string, maxFileBytes?: number): Promise<CorpusRepository> {
  try {
    return await loadRepository(corpusDir, { onProgress: progressPrinter(), maxFileBytes });
  } catch (error) {
    exitOnLoadError(error);
  }
}

function exitOnLoadError(error: unknown): never {
  if (error instanceof CorpusLoadError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
