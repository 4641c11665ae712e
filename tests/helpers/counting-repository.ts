import type { CorpusRepository } from '../../src/repository';

export interface CountingRepository {
  /** The repository to serve: every method call goes through to the real one, counted. */
  readonly repository: CorpusRepository;
  /** Calls per method since the last reset, e.g. { peopleByIds: 1, statementsBySpeaker: 1 }. */
  calls(): Record<string, number>;
  /** How many keys each method was asked for, in total. */
  keys(): Record<string, number>;
  reset(): void;
}

/**
 * Wraps a repository to count its method calls: what the batching tests assert on. Calls
 * the repository makes to itself (through `this`) go to the real object and are not
 * counted, so the counts are the calls from outside: resolvers and loaders.
 */
export function countingRepository(inner: CorpusRepository): CountingRepository {
  let calls: Record<string, number> = {};
  let keys: Record<string, number> = {};
  const repository = new Proxy(inner, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls[property] = (calls[property] ?? 0) + 1;
        if (Array.isArray(args[0])) keys[property] = (keys[property] ?? 0) + args[0].length;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    repository,
    calls: () => ({ ...calls }),
    keys: () => ({ ...keys }),
    reset: () => {
      calls = {};
      keys = {};
    },
  };
}
