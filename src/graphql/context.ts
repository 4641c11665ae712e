import { randomUUID } from 'node:crypto';
import type { CorpusRepository } from '../repository';
import { Deadline } from './deadline';
import { createLoaders, Loaders } from './loaders';

/** What `corpus` answers of the version a request is served: see src/server/corpus/. */
export interface ServedCorpusInfo {
  /** A content hash of every article and annotation of the version. */
  readonly version: string;
  /** When the version began to be served. */
  readonly loadedAt: Date;
  /** Problems keeping the files on disk from being served, "file › entry: message"; read when asked. */
  readonly rejected: () => readonly string[];
}

/** What every resolver gets: the repository for root lists, this request's loaders and id. */
export interface GraphQLContext {
  /**
   * The whole corpus served, drafts included: what `includeDrafts: true` reads, and what the cost
   * model measures its fan-outs on (so that lists with drafts are priced honestly). Root lists read
   * it through repositoryFor; its `reviewed` view is what they read by default.
   */
  readonly repository: CorpusRepository;
  /**
   * The loaders of the reviewed view: relations without the drafts' facts; by id, the reviewed
   * entity, else the draft's (lookups by id find drafts too). Resolvers under a parent use
   * loadersFor(context, parent).
   */
  readonly loaders: Loaders;
  /** The loaders of the whole corpus, drafts included: for parents from a draft, or from a list that asked for drafts. */
  readonly draftLoaders: Loaders;
  /** The version served to this request; absent for a repository given in code without one. */
  readonly corpus?: ServedCorpusInfo;
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
  /** The version `repository` is, as the server serves it. */
  readonly corpus?: ServedCorpusInfo;
  /** The request's execution deadline, from now; none: no deadline. */
  readonly timeoutMs?: number;
}

/**
 * A fresh context per request: new loaders, so no cached data crosses requests. One set of
 * loaders per view (reviewed, and drafts included); a single set when no article is a draft.
 */
export function createContext(repository: CorpusRepository, { requestId, clientAddress, corpus, timeoutMs }: ContextOptions = {}): GraphQLContext {
  const deadline = timeoutMs === undefined ? undefined : new Deadline(timeoutMs);
  const request = { corpus, requestId: requestId ?? randomUUID(), clientAddress, deadline };
  if (repository.drafts === 0) {
    const loaders = createLoaders(repository);
    return { repository, loaders, draftLoaders: loaders, ...request };
  }
  const draftLoaders = createLoaders(repository);
  const loaders = createLoaders(repository.reviewed, draftLoaders);
  return { repository, loaders, draftLoaders, ...request };
}

/**
 * The repository that a list, search, timeline, network or path reads, as its `includeDrafts`
 * argument asks: the facts of machine-drafted articles only when it is true.
 */
export function repositoryFor(context: GraphQLContext, includeDrafts: boolean | undefined | null): CorpusRepository {
  const { repository } = context;
  return includeDrafts || repository.drafts === 0 ? repository : repository.reviewed;
}

/**
 * The loaders for what hangs under `parent`: its view's (see CorpusRepository.viewOf). Under a
 * reviewed parent, reviewed facts only; under a draft's entity or fact, or one a list with
 * drafts answered, the drafts' facts too.
 */
export function loadersFor(context: GraphQLContext, parent: object): Loaders {
  if (context.loaders === context.draftLoaders) return context.loaders;
  return context.repository.viewOf(parent) === context.repository ? context.draftLoaders : context.loaders;
}

/** The loaders of one view, for answers made outside the corpus's objects (a network, its ties): `withDrafts` as their root asked. */
export function loadersOfView(context: GraphQLContext, withDrafts: boolean): Loaders {
  return withDrafts ? context.draftLoaders : context.loaders;
}
