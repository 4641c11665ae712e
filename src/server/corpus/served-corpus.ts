import { corpusVersion, loadCorpus, loadCorpusInSlices, type LoadOptions } from '../../loader';
import { CorpusRepository } from '../../repository';

/** A version of the corpus, loaded, indexed and ready to serve. */
export interface LoadedCorpus {
  /** The whole corpus, drafts included; its `reviewed` view is built too. */
  readonly repository: CorpusRepository;
  /** A content hash of every article and annotation (corpusVersion). */
  readonly version: string;
}

/** A corpus directory to serve, loaded with every check, and reloaded as its files change (CORPUS_WATCH). */
export interface CorpusDirectory {
  readonly directory: string;
}

/** A version as served: since when. */
export interface ServedCorpus extends LoadedCorpus {
  readonly loadedAt: Date;
}

/**
 * Loads the corpus in `directory` into a version ready to serve: hashed, loaded with every
 * check, indexed, and its reviewed view built, so that nothing is left for the first request.
 * Throws CorpusLoadError with every problem. The one function a server loads through (a
 * worker thread may take it over: issue 18). The version is hashed before the files are read:
 * should they change meanwhile, the change is seen and loaded again.
 */
export function loadServedCorpus(directory: string, options: LoadOptions = {}): LoadedCorpus {
  const version = corpusVersion(directory);
  const repository = new CorpusRepository(loadCorpus(directory, options));
  void repository.reviewed;
  return { repository, version };
}

/**
 * loadServedCorpus without holding the event loop: the loader works in slices of about 20 ms
 * (loadCorpusInSlices), and the event loop gets a turn between building the indexes and the
 * reviewed view, so a server answers /health and /ready (503) meanwhile.
 */
export async function loadServedCorpusInSlices(directory: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const version = corpusVersion(directory);
  const corpus = await loadCorpusInSlices(directory, options);
  await new Promise<void>((resolve) => setImmediate(resolve));
  const repository = new CorpusRepository(corpus);
  await new Promise<void>((resolve) => setImmediate(resolve));
  void repository.reviewed;
  return { repository, version };
}

/**
 * A repository given in code (tests, benchmarks), as a version: with no files to hash, its
 * version hashes its content (CorpusRepository.contentVersion).
 */
export function servedRepository(repository: CorpusRepository): ServedCorpus {
  return { repository, version: repository.contentVersion, loadedAt: repository.builtAt };
}
