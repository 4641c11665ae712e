import { type ContextOptions, createContext, type GraphQLContext, type ServedCorpusInfo } from '../../graphql/context';
import { type CorpusProblem, formatProblem } from '../../loader';
import { type CorpusChange, changeBetween } from './corpus-changes';
import type { LoadedCorpus, ServedCorpus } from './served-corpus';

export type ChangeListener = (change: CorpusChange) => void;

/**
 * The version of the corpus a server serves, swapped whole for a new one. A request is pinned
 * to the version it started on (`pin`), so that it finishes there however the served one
 * changes meanwhile; `rejected` holds the problems keeping the files on disk from being served.
 */
export class LiveCorpus {
  private current: ServedCorpus | undefined;
  private problems: readonly string[] = [];
  /** Counts the changes of `rejected`: an answer about the corpus depends on them too. */
  private problemsSeen = 0;
  private readonly pinned = new WeakMap<object, { readonly served: ServedCorpus; readonly cacheKey: string }>();
  private readonly listeners = new Set<ChangeListener>();

  /** The version served now; throws before the first is loaded (the API is closed until then). */
  get served(): ServedCorpus {
    if (!this.current) throw new Error('no corpus is served yet: the API opens once it is loaded');
    return this.current;
  }

  get loaded(): boolean {
    return this.current !== undefined;
  }

  /** The version `request` is served from: the one served when first asked, for the rest of the request. */
  pin(request: object): ServedCorpus {
    return this.pinnedTo(request).served;
  }

  /**
   * What a cached answer to `request` must have been answered from: its version, and the
   * problems of the files on disk as they stood (`corpus.rejected`), both as pinned.
   */
  cacheKeyOf(request: object): string {
    return this.pinnedTo(request).cacheKey;
  }

  private pinnedTo(request: object): { readonly served: ServedCorpus; readonly cacheKey: string } {
    let pinned = this.pinned.get(request);
    if (!pinned) {
      const served = this.served;
      this.pinned.set(request, (pinned = { served, cacheKey: `${served.version}.${this.problemsSeen}` }));
    }
    return pinned;
  }

  /** What `corpus` answers of a version. */
  infoOf(served: ServedCorpus): ServedCorpusInfo {
    return { version: served.version, loadedAt: served.loadedAt, rejected: () => this.problems };
  }

  /** Problems of the files on disk ("file › entry: message"), until they are fixed. */
  get rejected(): readonly string[] {
    return this.problems;
  }

  /** Serves `next` from now on, at once; tells the listeners what changed (not for the first version). */
  swap(next: LoadedCorpus): ServedCorpus {
    const previous = this.current;
    const served = { ...next, loadedAt: new Date() };
    this.current = served;
    this.setProblems([]);
    if (previous && this.listeners.size > 0) {
      const change = changeBetween(previous, served);
      for (const listener of this.listeners) listener(change);
    }
    return served;
  }

  /** The files on disk have these problems: the served version stays. */
  reject(problems: readonly CorpusProblem[]): void {
    this.setProblems(problems.map(formatProblem));
  }

  /** The files on disk are the served version again (an edit undone). */
  accept(): void {
    this.setProblems([]);
  }

  private setProblems(problems: readonly string[]): void {
    if (problems.length === 0 && this.problems.length === 0) return;
    this.problems = problems;
    this.problemsSeen++;
  }

  /** Calls `listener` with each new version's changes; returns what stops it. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}

/**
 * A request's GraphQL context, from the version `req` is pinned to (pinned here if no hook did):
 * its loaders are its own and read that version only, however the served one changes meanwhile.
 */
export function pinnedContext(live: LiveCorpus, req: object, options: Omit<ContextOptions, 'corpus'> = {}): GraphQLContext {
  const pinned = live.pin(req);
  return createContext(pinned.repository, { ...options, corpus: live.infoOf(pinned) });
}
