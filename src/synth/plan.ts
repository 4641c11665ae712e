/**
 * How many entities of each type a synthetic corpus of N entities holds, and which article
 * each one is defined in (its home). Entities are spread evenly over the articles by index,
 * so any article can find its own entities, and any entity its home, in O(1).
 */
import { CATALOG_ORGANISATIONS, CATALOG_PLACES } from './catalog';

export const ENTITY_TYPES = ['sources', 'places', 'people', 'organisations', 'events', 'statements', 'commitments'] as const;
export type EntityCountType = (typeof ENTITY_TYPES)[number];
export type EntityCounts = Readonly<Record<EntityCountType, number>>;

/** The share of each type; statements take what is left. Roughly the seeds' proportions. */
const SHARES: Readonly<Record<Exclude<EntityCountType, 'statements'>, number>> = {
  sources: 0.04,
  places: 0.03,
  organisations: 0.07,
  people: 0.22,
  events: 0.06,
  commitments: 0.12,
};

/** Below this the hubs (44 organisations, 15 places) do not fit in their shares. */
export const MIN_ENTITIES = 1000;
export const MAX_ENTITIES = 10_000_000;

export function planCounts(total: number): EntityCounts {
  if (!Number.isInteger(total) || total < MIN_ENTITIES || total > MAX_ENTITIES) {
    const n = (value: number) => value.toLocaleString('en-US');
    throw new RangeError(`the number of entities must be a whole number from ${n(MIN_ENTITIES)} to ${n(MAX_ENTITIES)}; got ${total}`);
  }
  const counts = Object.fromEntries(Object.entries(SHARES).map(([type, share]) => [type, Math.round(total * share)])) as Record<
    Exclude<EntityCountType, 'statements'>,
    number
  >;
  const statements = total - Object.values(counts).reduce((sum, n) => sum + n, 0);
  const planned = { ...counts, statements };
  if (planned.organisations < CATALOG_ORGANISATIONS.length || planned.places < CATALOG_PLACES.length) {
    throw new RangeError(`${total} entities leave too little room for the hub organisations and places`);
  }
  return planned;
}

/** Spreads `count` entities over `articles` articles: entity i lives in article floor(i · articles / count). */
export class HomeSpread {
  constructor(
    readonly count: number,
    readonly articles: number,
  ) {}

  homeOf(index: number): number {
    return Math.floor((index * this.articles) / this.count);
  }

  /** The indices whose home is `article`: [start, end). */
  rangeOf(article: number): [number, number] {
    return [this.firstOf(article), this.firstOf(article + 1)];
  }

  private firstOf(article: number): number {
    return Math.ceil((article * this.count) / this.articles);
  }
}
