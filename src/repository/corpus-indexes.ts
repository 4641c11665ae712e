import type { Corpus, Person } from '../domain';
import {
  type Collection,
  type FiledSoFar,
  type ItemOf,
  type Keys,
  type RelatedItem,
  type Relation,
  RELATION_NAMES,
  RELATIONS,
  type RelationSpec,
} from './relations';

/** Each relation's slot in a key's record while building. */
const SLOT = Object.fromEntries(RELATION_NAMES.map((relation, slot) => [relation, slot])) as Record<Relation, number>;
/** The slot after the relations': the ranks of the sources that cite the entity, repeats included. */
const CITED_BY = RELATION_NAMES.length;

/**
 * Everything filed under one key (an id) while building: a list per relation, in its slot.
 * One record per key, rather than a map per relation, because at a million entities the
 * build is map lookups: filing an item or a citation under a key is one lookup, whatever the
 * relation.
 */
type Related = (unknown[] | undefined)[];

/** Cites the source `sourceId` for the entity `entityId` (nothing when there is no entity). */
type Cite = (entityId: string | undefined, sourceId: string) => void;

/**
 * Which entities each item's sources speak of: its own mentions, and every fact that names
 * them. Its order is the order the corpus lists are filed in: statements before events, as an
 * event's actors include who spoke there.
 */
const CITATIONS: { readonly [C in Collection]: (item: ItemOf<C>, cite: Cite) => void } = {
  places: (place, cite) => place.mentions.forEach((m) => cite(place.id, m.sourceId)),
  people: (person, cite) => person.mentions.forEach((m) => cite(person.id, m.sourceId)),
  organisations: (organisation, cite) => organisation.mentions.forEach((m) => cite(organisation.id, m.sourceId)),
  affiliations: (affiliation, cite) => {
    for (const { sourceId } of affiliation.evidence) {
      cite(affiliation.personId, sourceId);
      cite(affiliation.organisationId, sourceId);
    }
  },
  statements: (statement, cite) => {
    cite(statement.speakerId, statement.sourceId);
    cite(statement.eventId, statement.sourceId);
  },
  events: (event, cite) => {
    cite(event.id, event.sourceId);
    cite(event.placeId, event.sourceId);
    event.organiserIds.forEach((id) => cite(id, event.sourceId));
    event.participations.forEach((participation) => cite(participation.actorId, event.sourceId));
  },
  commitments: (commitment, cite) => [...commitment.actorIds, ...commitment.beneficiaryIds, commitment.eventId].forEach((id) => cite(id, commitment.sourceId)),
  sources: (source, cite) => {
    cite(source.publisherId, source.id);
    source.authorIds.forEach((id) => cite(id, source.id));
  },
};

/** A relation filed from one corpus list: its slot, and the keys it files an item under. */
interface Filing {
  readonly slot: number;
  readonly keysOf: (item: unknown, filed: FiledSoFar) => Keys;
}

function filingsFrom(collection: Collection): Filing[] {
  return RELATION_NAMES.flatMap((relation) => {
    const { lists, keysOf } = RELATIONS[relation] as RelationSpec<Collection>;
    return lists === collection && keysOf ? [{ slot: SLOT[relation], keysOf: keysOf as Filing['keysOf'] }] : [];
  });
}

const FILING_ORDER = Object.keys(CITATIONS) as Collection[];

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The relations of the corpus (RELATIONS) in both directions, precomputed so that every
 * lookup by key is O(1). The corpus lists come in sorted, so every list under a key is sorted too.
 */
export class CorpusIndexes {
  /** While building: every key's record. */
  private readonly related = new Map<string, Related>();
  private last: { key: string; related: Related } | undefined;
  /**
   * Once built: a map per relation, from key to list. Reading one is one lookup, where a
   * key's record would cost a second memory access: at a million entities, that is a cache
   * miss per key.
   */
  private readonly lists = new Map<Relation, Map<string, readonly unknown[]>>(RELATION_NAMES.map((relation) => [relation, new Map()]));

  constructor(corpus: Corpus) {
    this.build(corpus);
    for (const [key, related] of this.related) {
      RELATION_NAMES.forEach((relation, slot) => {
        const list = related[slot];
        if (list) this.lists.get(relation)!.set(key, sealed(list));
      });
    }
    this.related.clear();
    this.last = undefined;
    this.fillPeopleUnderOrganisations(corpus);
  }

  /** What `relation` lists under `key`: read-only, in corpus order; empty for an unknown key. */
  get<R extends Relation>(relation: R, key: string): readonly RelatedItem<R>[] {
    return (this.lists.get(relation)!.get(key) as readonly RelatedItem<R>[] | undefined) ?? EMPTY;
  }

  /** The longest list `relation` files under any one key (0 when it files none). */
  longest(relation: Relation): number {
    let longest = 0;
    for (const list of this.lists.get(relation)!.values()) if (list.length > longest) longest = list.length;
    return longest;
  }

  private build(corpus: Corpus): void {
    // Sources are cited by rank in corpus.sources, so that each entity's list sorts as numbers.
    const rankOf = lastKeyMemo(new Map(corpus.sources.map((source, rank) => [source.id, rank])));
    const cite: Cite = (entityId, sourceId) => {
      if (entityId === undefined) return;
      const related = this.relatedTo(entityId);
      const rank = rankOf(sourceId);
      const cited = (related[CITED_BY] ??= []) as number[];
      // Mentions and facts come a source at a time: most repeats are the last rank filed.
      if (cited[cited.length - 1] !== rank) cited.push(rank);
    };
    const filed: FiledSoFar = { statementsAt: (eventId) => (this.related.get(eventId)?.[SLOT.statementsByEvent] ?? EMPTY) as ItemOf<'statements'>[] };

    for (const collection of FILING_ORDER) {
      const filings = filingsFrom(collection);
      const citations = CITATIONS[collection] as (item: unknown, cite: Cite) => void;
      for (const item of corpus[collection]) {
        for (const { slot, keysOf } of filings) {
          const keys = keysOf(item, filed);
          if (typeof keys === 'object') for (const key of keys) this.file(slot, key, item);
          else this.file(slot, keys, item);
        }
        citations(item, cite);
      }
    }

    // Fill the source ↔ entity indexes in each list's own order, so both directions stay sorted.
    const sourceRecords = corpus.sources.map((source) => this.relatedTo(source.id));
    const fileBySource = (entities: readonly { id: string }[], bySource: Relation) => {
      for (const entity of entities) {
        const related = this.related.get(entity.id);
        const ranks = uniqueSorted(related?.[CITED_BY] as number[] | undefined);
        if (!related || ranks.length === 0) continue;
        related[SLOT.sourcesByEntity] = ranks.map((rank) => corpus.sources[rank]!);
        for (const rank of ranks) (sourceRecords[rank]![SLOT[bySource]] ??= []).push(entity);
      }
    };
    fileBySource(corpus.people, 'peopleBySource');
    fileBySource(corpus.organisations, 'organisationsBySource');
    fileBySource(corpus.places, 'placesBySource');
    fileBySource(corpus.events, 'eventsBySource');
  }

  /**
   * Files under each organisation the people with a role in it or in any organisation under
   * it, once each, in the order of corpus.people: what a request for an organisation's people
   * would otherwise collect from its whole tree and sort. People come in that order, and each
   * of a person's roles files the person under its organisation and up the parent links: a
   * person already last in a list was filed there, and so above, by an earlier role, which
   * keeps the lists free of repeats without sorting and stops at a cycle (the loader refuses
   * those). Costs one step per role and level.
   */
  private fillPeopleUnderOrganisations(corpus: Corpus): void {
    const parentOf = new Map<string, string>();
    for (const organisation of corpus.organisations) if (organisation.parentId !== undefined) parentOf.set(organisation.id, organisation.parentId);
    const lists = this.lists.get('peopleUnderOrganisation') as Map<string, Person[]>;
    for (const person of corpus.people) {
      for (const affiliation of this.get('affiliationsByPerson', person.id)) {
        for (let id: string | undefined = affiliation.organisationId; id !== undefined; id = parentOf.get(id)) {
          const list = lists.get(id);
          if (!list) lists.set(id, [person]);
          else if (list[list.length - 1] === person) break;
          else list.push(person);
        }
      }
    }
    for (const list of lists.values()) sealed(list);
  }

  /** The record of `key`, made on first use; repeated keys (a source's facts come together) skip the lookup. */
  private relatedTo(key: string): Related {
    if (this.last?.key === key) return this.last.related;
    let related = this.related.get(key);
    if (!related) this.related.set(key, (related = new Array<unknown[] | undefined>(CITED_BY + 1)));
    this.last = { key, related };
    return related;
  }

  /**
   * Files `value` under `key` in the relation of `slot`. Each value is filed once per key: all the filings of one value
   * under one key happen together, while its fact is read (an actor who both organised and
   * took part), so a repeat can only be the last value filed.
   */
  private file(slot: number, key: string | undefined, value: unknown): void {
    if (key === undefined) return;
    const related = this.relatedTo(key);
    const list = related[slot];
    if (!list) related[slot] = [value];
    else if (list[list.length - 1] !== value) list.push(value);
  }
}

/** A lookup that skips the map when asked the same key again: an entity's mentions come a source at a time. */
function lastKeyMemo<V>(map: ReadonlyMap<string, V>): (key: string) => V {
  let lastKey: string | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key !== lastKey) {
      lastKey = key;
      lastValue = map.get(key);
    }
    return lastValue!;
  };
}

/** Ascending and without repeats. */
function uniqueSorted(ranks: number[] | undefined): number[] {
  if (!ranks || ranks.length === 0) return [];
  ranks.sort((a, b) => a - b);
  const unique = [ranks[0]!];
  for (const rank of ranks) if (rank !== unique[unique.length - 1]) unique.push(rank);
  return unique;
}

/**
 * A list, frozen. Not copied to fit (a list grown by push keeps room for more): copying
 * costs time at scale and saves no resident memory worth it.
 */
function sealed<T>(list: T[]): readonly T[] {
  return Object.freeze(list);
}
