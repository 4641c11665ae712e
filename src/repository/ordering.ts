import type { Commitment, Event, Named, Source, Statement } from '../domain';
import { dayRangeOf } from '../domain';
import { foldText } from './fold-text';

/**
 * The orders lists come in, stable across restarts so that cursors stay meaningful.
 * Each is a sort key, computed once per item rather than once per comparison.
 */
export type SortKey<T> = (item: T) => string;

export const nameKey: SortKey<Named> = (item) => `${foldText(item.name)}\u0000${item.id}`;

export const seedFileKey: SortKey<Source> = (source) => source.seedFile;

/** Chronological; events without a known year last (U+FFFF sorts after any date), then by name. */
export const dateKey: SortKey<Event> = (event) => {
  const day = event.startDate && dayRangeOf(event.startDate)?.[0];
  return `${day ?? '\uFFFF'}\u0000${foldText(event.name)}\u0000${event.id}`;
};

/**
 * In the order the articles tell them: by source, then by position in its text (then by id).
 * Compares numbers rather than a padded string key, which is much slower to build and
 * compare on a large corpus.
 */
export function sortedByPosition<T extends Statement | Commitment>(facts: readonly T[], sourceRank: ReadonlyMap<string, number>): T[] {
  const keyed = facts.map((fact) => ({ fact, rank: sourceRank.get(fact.sourceId) ?? 0, start: fact.evidence[0]?.start ?? 0 }));
  keyed.sort((a, b) => a.rank - b.rank || a.start - b.start || (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0));
  return keyed.map(({ fact }) => fact);
}

/** Sorts by a key computed once per item. */
export function sortedBy<T>(items: Iterable<T>, key: SortKey<T>): T[] {
  const keyed = [...items].map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ item }) => item);
}
