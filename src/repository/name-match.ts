import { foldForMatching } from './fold-text';
import { romanisationKeyOfFolded, withMarkedLettersSpelled } from './romanisation-key';

/** A name or a query as filters compare them: folded, and as its romanisation key. */
export interface MatchForms {
  readonly folded: string;
  readonly key: string;
}

export function matchFormsOf(text: string): MatchForms {
  const folded = foldForMatching(text);
  const spelled = withMarkedLettersSpelled(text);
  return { folded, key: romanisationKeyOfFolded(spelled === text ? folded : foldForMatching(spelled)) };
}

/** How well a name matches a query, best first: the whole name, its beginning, or a part of it. */
export const MatchRank = { Exact: 0, Prefix: 1, Part: 2 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

/**
 * How well the best of an entity's names matches the query; undefined when none does. A
 * name matches when it holds the query as folded (as typed) or by romanisation key (as
 * spelled another way); both are needed, as a key can cut a word differently ("kazak" is a
 * part of "kazakh", but "kazak" is not a part of its key "kazah").
 */
export function bestMatchRank(names: readonly MatchForms[], query: MatchForms): MatchRank | undefined {
  let best: MatchRank | undefined;
  for (const name of names) {
    const rank = matchRank(name, query);
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
    if (best === MatchRank.Exact) break;
  }
  return best;
}

export function matchRank(name: MatchForms, query: MatchForms): MatchRank | undefined {
  // A query without letters or digits has an empty key, which would be a part of every name.
  const byKey = query.key !== '';
  // Most names of a scan do not match: two searches tell, before ranking those that do.
  if (!name.folded.includes(query.folded) && !(byKey && name.key.includes(query.key))) return undefined;
  if (name.folded === query.folded || (byKey && name.key === query.key)) return MatchRank.Exact;
  if (name.folded.startsWith(query.folded) || (byKey && name.key.startsWith(query.key))) return MatchRank.Prefix;
  return MatchRank.Part;
}

/** The items that match, best rank first, in their given order within a rank. */
export function rankedMatches<T>(items: readonly T[], rankOf: (item: T) => MatchRank | undefined): T[] {
  const byRank: T[][] = [[], [], []];
  for (const item of items) {
    const rank = rankOf(item);
    if (rank !== undefined) byRank[rank]!.push(item);
  }
  return byRank.flat();
}
