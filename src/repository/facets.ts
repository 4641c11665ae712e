import type { Commitment, Event, Statement } from '../domain';

/** How many items of a list share one value; `label` is the node's name for node-valued facets, else the value. */
export interface FacetCount {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** The year facet's value for events without a known year. */
export const UNKNOWN_YEAR = 'unknown';

/** One facet: the values an item has (each counted once per item), and whether they are node ids. */
interface FacetSpec<T> {
  readonly valuesOf: (item: T) => readonly (string | undefined)[];
  readonly nodes: boolean;
}
const valueFacet = <T>(valuesOf: FacetSpec<T>['valuesOf']): FacetSpec<T> => ({ valuesOf, nodes: false });
const nodeFacet = <T>(valuesOf: FacetSpec<T>['valuesOf']): FacetSpec<T> => ({ valuesOf, nodes: true });

/** The facets of each faceted list, by name: what `EventFacets`, `StatementFacets` and `CommitmentFacets` answer. */
export const FACETS = {
  events: {
    kind: valueFacet<Event>((event) => [event.kind]),
    year: valueFacet<Event>((event) => [event.startDate?.year === undefined ? UNKNOWN_YEAR : String(event.startDate.year)]),
    organiser: nodeFacet<Event>((event) => event.organiserIds),
    participant: nodeFacet<Event>((event) => event.participations.map((participation) => participation.actorId)),
  },
  statements: {
    kind: valueFacet<Statement>((statement) => [statement.kind]),
    speaker: nodeFacet<Statement>((statement) => [statement.speakerId]),
    event: nodeFacet<Statement>((statement) => [statement.eventId]),
    source: nodeFacet<Statement>((statement) => [statement.sourceId]),
  },
  commitments: {
    kind: valueFacet<Commitment>((commitment) => [commitment.kind]),
    actor: nodeFacet<Commitment>((commitment) => commitment.actorIds),
    beneficiary: nodeFacet<Commitment>((commitment) => commitment.beneficiaryIds),
    currency: valueFacet<Commitment>((commitment) => commitment.amounts.map((amount) => amount.currency)),
  },
};
export type FacetedList = keyof typeof FACETS;
export type FacetName<L extends FacetedList> = keyof (typeof FACETS)[L] & string;
export type ItemOfFacetedList<L extends FacetedList> = { events: Event; statements: Statement; commitments: Commitment }[L];
/** Every facet of a list, each most frequent first. */
export type Facets<L extends FacetedList> = Record<FacetName<L>, readonly FacetCount[]>;

/** How a facet names a node, and the key its label sorts by (folded: case and accents do not count). */
export interface FacetLabels {
  labelOf(id: string): string | undefined;
  sortKeyOf(label: string): string;
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first `top` values of one facet over `items` (all of them when `top` is not given), most
 * frequent first, ties by label (then value): an item with a value twice counts once; items
 * without one are not counted. Only the values that can reach the top are labelled and sorted
 * by label: a filtered list of thousands of participants sorts a few.
 */
export function countFacet<T>(items: readonly T[], facet: FacetSpec<T>, labels: FacetLabels, top = Infinity): FacetCount[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const values = facet.valuesOf(item);
    if (values.length === 1) {
      const value = values[0];
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
      continue;
    }
    for (const value of new Set(values)) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const labelled = ([value, count]: [string, number]) => {
    const label = (facet.nodes ? labels.labelOf(value) : undefined) ?? value;
    return { value, label, count, key: labels.sortKeyOf(label) };
  };
  const entries = [...counts];
  let chosen: ReturnType<typeof labelled>[];
  if (entries.length <= top) {
    chosen = entries.map(labelled);
  } else {
    // The count the top-th value has: every value with more is in; of those with as many, the first by label,
    // kept in a small sorted list as they come rather than by sorting all of them.
    const cutoff = entries.map(([, count]) => count).sort((a, b) => b - a)[top - 1]!;
    chosen = entries.filter(([, count]) => count > cutoff).map(labelled);
    const wanted = top - chosen.length;
    const tied: ReturnType<typeof labelled>[] = [];
    for (const entry of entries) {
      if (entry[1] !== cutoff) continue;
      const candidate = labelled(entry);
      if (tied.length === wanted && byLabel(candidate, tied[wanted - 1]!) >= 0) continue;
      let at = tied.length;
      while (at > 0 && byLabel(candidate, tied[at - 1]!) < 0) at--;
      tied.splice(at, 0, candidate);
      if (tied.length > wanted) tied.pop();
    }
    chosen.push(...tied);
  }
  return chosen
    .sort((a, b) => b.count - a.count || byLabel(a, b))
    .slice(0, top)
    .map(({ value, label, count }) => ({ value, label, count }));
}

/** Ties by label: the folded label, then the label itself, then the value. */
function byLabel(a: { key: string; label: string; value: string }, b: { key: string; label: string; value: string }): number {
  return compareStrings(a.key, b.key) || compareStrings(a.label, b.label) || compareStrings(a.value, b.value);
}

/** Every facet of a list of `list`'s items: the first `top` values of each, or all of them. */
export function countFacets<L extends FacetedList>(list: L, items: readonly ItemOfFacetedList<L>[], labels: FacetLabels, top?: number): Facets<L> {
  const specs = FACETS[list] as Record<string, FacetSpec<ItemOfFacetedList<L>>>;
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, countFacet(items, spec, labels, top)])) as unknown as Facets<L>;
}

/** The first `top` values of each facet. */
export function topOfFacets<L extends FacetedList>(facets: Facets<L>, top: number): Facets<L> {
  return Object.fromEntries(Object.entries<readonly FacetCount[]>(facets).map(([name, counts]) => [name, counts.slice(0, top)])) as unknown as Facets<L>;
}
