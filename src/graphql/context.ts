import { randomUUID } from 'node:crypto';
import type { CorpusRepository } from '../repository';
import { createLoaders, Loaders } from './loaders';

/** What every resolver gets: the repository for root lists, this request's loaders and id. */
export interface GraphQLContext {
  readonly repository: CorpusRepository;
  readonly loaders: Loaders;
  /** The id the request's log lines, error answers and `x-request-id` header share. */
  readonly requestId: string;
}

export interface ContextOptions {
  /** The HTTP request's id (see src/server/observability); a new UUID when not given. */
  readonly requestId?: string;
}

/** A fresh context per request: new loaders, so no cached data crosses requests. */
export function createContext(repository: CorpusRepository, { requestId }: ContextOptions = {}): GraphQLContext {
  return { repository, loaders: createLoaders(repository), requestId: requestId ?? randomUUID() };
}
