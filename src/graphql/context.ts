import { randomUUID } from 'node:crypto';
import type { CorpusRepository } from '../repository';
import { Deadline } from './deadline';
import { createLoaders, Loaders } from './loaders';

/** What every resolver gets: the repository for root lists, this request's loaders and id. */
export interface GraphQLContext {
  readonly repository: CorpusRepository;
  readonly loaders: Loaders;
  /** The id the request's log lines, error answers and `x-request-id` header share. */
  readonly requestId: string;
  /** The HTTP client's address, where the request came over HTTP: what per-client budgets count by. */
  readonly clientAddress?: string;
  /** When the request must stop (EXECUTION_TIMEOUT_MS); resolvers check it (deadline.ts). */
  readonly deadline?: Deadline;
}

export interface ContextOptions {
  /** The HTTP request's id (see src/server/observability); a new UUID when not given. */
  readonly requestId?: string;
  readonly clientAddress?: string;
  /** The request's execution deadline, from now; none: no deadline. */
  readonly timeoutMs?: number;
}

/** A fresh context per request: new loaders, so no cached data crosses requests. */
export function createContext(repository: CorpusRepository, { requestId, clientAddress, timeoutMs }: ContextOptions = {}): GraphQLContext {
  const deadline = timeoutMs === undefined ? undefined : new Deadline(timeoutMs);
  return { repository, loaders: createLoaders(repository), requestId: requestId ?? randomUUID(), clientAddress, deadline };
}

/**
 * The repository that a list, search, timeline, network or path reads, as its `includeDrafts`
 * argument asks: facts of machine-drafted articles only when it is true (issue 15 fills in the
 * drafts' view; until then every article served is reviewed).
 */
export function repositoryFor(context: GraphQLContext, includeDrafts: boolean | undefined): CorpusRepository {
  void includeDrafts;
  return context.repository;
}
