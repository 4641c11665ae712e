import type { CorpusRepository } from '../repository';
import { createLoaders, Loaders } from './loaders';

/** What every resolver gets: the repository for root lists, and this request's loaders. */
export interface GraphQLContext {
  readonly repository: CorpusRepository;
  readonly loaders: Loaders;
}

/** A fresh context per request: new loaders, so no cached data crosses requests. */
export function createContext(repository: CorpusRepository): GraphQLContext {
  return { repository, loaders: createLoaders(repository) };
}
