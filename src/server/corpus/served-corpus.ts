import { createHash } from 'node:crypto';
import { corpusVersion, loadCorpus, type LoadOptions } from '../../loader';
import { CorpusRepository } from '../../repository';

/** A version of the corpus, loaded, indexed and ready to serve. */
export interface LoadedCorpus {
  /** The whole corpus, drafts included; its `reviewed` view is built too. */
  readonly repository: CorpusRepository;
  /** A content hash of every article and annotation (corpusVersion). */
  readonly version: string;
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
 * A repository given in code (tests, benchmarks), as a version: with no files to hash, its
 * version hashes its articles' ids and texts and its collections' sizes.
 */
export function servedRepository(repository: CorpusRepository): ServedCorpus {
  const hash = createHash('sha256');
  for (const source of repository.sources) hash.update(`${source.id}\u0000${source.text}\u0000`);
  hash.update(JSON.stringify(Object.fromEntries(Object.entries(repository.corpus).map(([name, items]) => [name, items.length]))));
  return { repository, version: hash.digest('hex'), loadedAt: new Date() };
}
