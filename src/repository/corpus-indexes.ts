import type { Affiliation, Commitment, Corpus, Event, Organisation, Person, Place, Source, Statement } from '../domain';

/** What each relation lists under a key. */
export interface Relations {
  affiliationsByPerson: Affiliation;
  affiliationsByOrganisation: Affiliation;
  subOrganisationsByParent: Organisation;
  /** People affiliated with an organisation or any organisation under it, in name order (as corpus.people). */
  peopleUnderOrganisation: Person;
  placesByCountry: Place;
  /** Events an actor organised, took part in or spoke at. */
  eventsByActor: Event;
  eventsByOrganiser: Event;
  eventsByParticipant: Event;
  eventsByPlace: Event;
  statementsBySpeaker: Statement;
  statementsByEvent: Statement;
  statementsBySource: Statement;
  commitmentsByActor: Commitment;
  commitmentsByBeneficiary: Commitment;
  commitmentsByEvent: Commitment;
  commitmentsByStatement: Commitment;
  commitmentsBySource: Commitment;
  /** The sources that mention an entity or state a fact about it. */
  sourcesByEntity: Source;
  peopleBySource: Person;
  organisationsBySource: Organisation;
  placesBySource: Place;
  eventsBySource: Event;
}
export type Relation = keyof Relations;

/**
 * Everything filed under one key (an id), one list per relation. One record per key, rather
 * than a map per relation, because at a million entities the build is map lookups: reading a
 * fact that names an actor files it in three relations with one lookup instead of three.
 */
class Related implements Partial<Record<Relation, unknown[]>> {
  affiliationsByPerson?: Affiliation[] = undefined;
  affiliationsByOrganisation?: Affiliation[] = undefined;
  subOrganisationsByParent?: Organisation[] = undefined;
  peopleUnderOrganisation?: Person[] = undefined;
  placesByCountry?: Place[] = undefined;
  eventsByActor?: Event[] = undefined;
  eventsByOrganiser?: Event[] = undefined;
  eventsByParticipant?: Event[] = undefined;
  eventsByPlace?: Event[] = undefined;
  statementsBySpeaker?: Statement[] = undefined;
  statementsByEvent?: Statement[] = undefined;
  statementsBySource?: Statement[] = undefined;
  commitmentsByActor?: Commitment[] = undefined;
  commitmentsByBeneficiary?: Commitment[] = undefined;
  commitmentsByEvent?: Commitment[] = undefined;
  commitmentsByStatement?: Commitment[] = undefined;
  commitmentsBySource?: Commitment[] = undefined;
  sourcesByEntity?: Source[] = undefined;
  peopleBySource?: Person[] = undefined;
  organisationsBySource?: Organisation[] = undefined;
  placesBySource?: Place[] = undefined;
  eventsBySource?: Event[] = undefined;
  /** While building: the ranks of the sources that cite the entity, repeats included. */
  citedBy?: number[] = undefined;
  /** While building: who spoke at an event. */
  speakers?: string[] = undefined;
}

export const RELATIONS = Object.keys(new Related()).filter((key) => key !== 'citedBy' && key !== 'speakers') as Relation[];

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The relations of the corpus in both directions, precomputed so that every lookup by key is
 * O(1). The corpus lists come in sorted, so every list under a key is sorted too.
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
  private readonly lists = new Map<Relation, Map<string, readonly unknown[]>>(RELATIONS.map((relation) => [relation, new Map()]));

  constructor(corpus: Corpus) {
    this.build(corpus);
    for (const [key, related] of this.related) {
      for (const relation of RELATIONS) {
        const list = related[relation];
        if (list) this.lists.get(relation)!.set(key, sealed(list as unknown[]));
      }
    }
    this.related.clear();
    this.last = undefined;
    this.fillPeopleUnderOrganisations(corpus);
  }

  /** What `relation` lists under `key`: read-only, in corpus order; empty for an unknown key. */
  get<R extends Relation>(relation: R, key: string): readonly Relations[R][] {
    return (this.lists.get(relation)!.get(key) as readonly Relations[R][] | undefined) ?? EMPTY;
  }

  /** The longest list `relation` files under any one key (0 when it files none). */
  longest(relation: Relation): number {
    let longest = 0;
    for (const list of this.lists.get(relation)!.values()) if (list.length > longest) longest = list.length;
    return longest;
  }

  private build(corpus: Corpus): void {
    // Which sources speak of which entities: their own mentions, and every fact that names them.
    // Sources are cited by rank in corpus.sources, so that each entity's list sorts as numbers.
    const rankOf = lastKeyMemo(new Map(corpus.sources.map((source, rank) => [source.id, rank])));
    const cite = (entityId: string | undefined, sourceId: string) => {
      if (entityId === undefined) return;
      const related = this.relatedTo(entityId);
      const rank = rankOf(sourceId);
      const cited = (related.citedBy ??= []);
      // Mentions and facts come a source at a time: most repeats are the last rank filed.
      if (cited[cited.length - 1] !== rank) cited.push(rank);
    };

    for (const place of corpus.places) {
      this.file('placesByCountry', place.countryId, place);
      place.mentions.forEach((m) => cite(place.id, m.sourceId));
    }
    for (const person of corpus.people) person.mentions.forEach((m) => cite(person.id, m.sourceId));
    for (const organisation of corpus.organisations) {
      this.file('subOrganisationsByParent', organisation.parentId, organisation);
      organisation.mentions.forEach((m) => cite(organisation.id, m.sourceId));
    }
    for (const affiliation of corpus.affiliations) {
      this.file('affiliationsByPerson', affiliation.personId, affiliation);
      this.file('affiliationsByOrganisation', affiliation.organisationId, affiliation);
      for (const { sourceId } of affiliation.evidence) {
        cite(affiliation.personId, sourceId);
        cite(affiliation.organisationId, sourceId);
      }
    }
    for (const statement of corpus.statements) {
      if (statement.eventId && statement.speakerId) (this.relatedTo(statement.eventId).speakers ??= []).push(statement.speakerId);
    }
    for (const event of corpus.events) {
      this.file('eventsByPlace', event.placeId, event);
      cite(event.id, event.sourceId);
      cite(event.placeId, event.sourceId);
      for (const organiserId of event.organiserIds) {
        this.file('eventsByOrganiser', organiserId, event);
        this.file('eventsByActor', organiserId, event);
        cite(organiserId, event.sourceId);
      }
      for (const participation of event.participations) {
        this.file('eventsByParticipant', participation.actorId, event);
        this.file('eventsByActor', participation.actorId, event);
        cite(participation.actorId, event.sourceId);
      }
      for (const speakerId of this.related.get(event.id)?.speakers ?? []) this.file('eventsByActor', speakerId, event);
    }
    for (const statement of corpus.statements) {
      this.file('statementsBySpeaker', statement.speakerId, statement);
      this.file('statementsByEvent', statement.eventId, statement);
      this.file('statementsBySource', statement.sourceId, statement);
      cite(statement.speakerId, statement.sourceId);
      cite(statement.eventId, statement.sourceId);
    }
    for (const commitment of corpus.commitments) {
      commitment.actorIds.forEach((id) => this.file('commitmentsByActor', id, commitment));
      commitment.beneficiaryIds.forEach((id) => this.file('commitmentsByBeneficiary', id, commitment));
      this.file('commitmentsByEvent', commitment.eventId, commitment);
      this.file('commitmentsByStatement', commitment.statementId, commitment);
      this.file('commitmentsBySource', commitment.sourceId, commitment);
      [...commitment.actorIds, ...commitment.beneficiaryIds, commitment.eventId].forEach((id) => cite(id, commitment.sourceId));
    }
    for (const source of corpus.sources) {
      cite(source.publisherId, source.id);
      source.authorIds.forEach((id) => cite(id, source.id));
    }

    // Fill the source ↔ entity indexes in each list's own order, so both directions stay sorted.
    const sourceRecords = corpus.sources.map((source) => this.relatedTo(source.id));
    const fileBySource = <R extends 'peopleBySource' | 'organisationsBySource' | 'placesBySource' | 'eventsBySource'>(
      entities: readonly Relations[R][],
      bySource: R,
    ) => {
      for (const entity of entities) {
        const related = this.related.get(entity.id);
        const ranks = uniqueSorted(related?.citedBy);
        if (!related || ranks.length === 0) continue;
        related.sourcesByEntity = ranks.map((rank) => corpus.sources[rank]!);
        for (const rank of ranks) (sourceRecords[rank]![bySource] ??= [] as never[]).push(entity as never);
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
    if (!related) this.related.set(key, (related = new Related()));
    this.last = { key, related };
    return related;
  }

  /**
   * Files `value` under `key`. Each value is filed once per key: all the filings of one value
   * under one key happen together, while its fact is read (an actor who both organised and
   * took part), so a repeat can only be the last value filed.
   */
  private file<R extends Relation>(relation: R, key: string | undefined, value: Relations[R]): void {
    if (key === undefined) return;
    const related = this.relatedTo(key);
    const list = related[relation] as Relations[R][] | undefined;
    if (!list) (related[relation] as Relations[R][]) = [value];
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
 * A list, frozen. Not copied to fit (a list grown by push keeps room for 17 values): at a
 * million entities, copying cost more than a second and saved no resident memory worth it.
 */
function sealed<T>(list: T[]): readonly T[] {
  return Object.freeze(list);
}
