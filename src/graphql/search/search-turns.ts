import { setImmediate as nextTurn } from 'node:timers/promises';
import type { GraphQLContext } from '../context';

/** Per request (its loaders, made once per HTTP request), the end of its latest search. */
const latest = new WeakMap<object, Promise<void>>();

/**
 * Runs a request's searches one after the other, each in an event-loop turn of its own: an
 * operation may run MAX_SEARCHES of them, and run back to back they held every other client
 * for their sum (at 100k, about 3 × 15 ms; docs/performance/soak-attack.md). A request's first
 * search waits for nothing.
 */
export async function inATurnOfItsOwn<T>(context: GraphQLContext, search: () => T): Promise<T> {
  const previous = latest.get(context.loaders);
  let finished!: () => void;
  latest.set(context.loaders, new Promise<void>((resolve) => (finished = resolve)));
  try {
    if (previous) {
      await previous;
      await nextTurn();
    }
    return search();
  } finally {
    finished();
  }
}
