import type { Corpus, Statement } from '../domain';

export type Collection = keyof Corpus;
export type ItemOf<C extends Collection> = Corpus[C][number];

/** Keys an item is filed under: one id, several, or none (undefined). */
export type Keys = string | undefined | readonly (string | undefined)[];

/** What the index has filed so far: the statements made at an event, which an event's actors include. */
export interface FiledSoFar {
  statementsAt(eventId: string): readonly Statement[];
}

export interface RelationSpec<C extends Collection> {
  /** The corpus list whose items the relation lists under a key. */
  readonly lists: C;
  /**
   * The keys an item is filed under. Absent where the index derives the relation from the
   * others (the source ↔ entity relations and peopleUnderOrganisation: see corpus-indexes.ts).
   */
  readonly keysOf?: (item: ItemOf<C>, filed: FiledSoFar) => Keys;
}

const filed = <C extends Collection>(lists: C, keysOf: NonNullable<RelationSpec<C>['keysOf']>): RelationSpec<C> => ({ lists, keysOf });
const derived = <C extends Collection>(lists: C): RelationSpec<C> => ({ lists });

/**
 * Every relation of the corpus, by name: what it lists under an id, and how an item is filed.
 * The indexes, the repository's batch methods (one per relation, named after it), the
 * per-request DataLoaders and the cost model's fan-outs are all made from this table. Every
 * list under a key is in the order of the corpus list it lists.
 */
export const RELATIONS = {
  affiliationsByPerson: filed('affiliations', (affiliation) => affiliation.personId),
  /** An organisation's members. */
  affiliationsByOrganisation: filed('affiliations', (affiliation) => affiliation.organisationId),
  subOrganisationsByParent: filed('organisations', (organisation) => organisation.parentId),
  /** People with a role in an organisation or in any organisation under it, in name order (as corpus.people). */
  peopleUnderOrganisation: derived('people'),
  placesByCountry: filed('places', (place) => place.countryId),
  /** Events an actor organised, took part in or spoke at. */
  eventsByActor: filed('events', (event, { statementsAt }) => [
    ...event.organiserIds,
    ...event.participations.map((participation) => participation.actorId),
    ...statementsAt(event.id).map((statement) => statement.speakerId),
  ]),
  eventsByOrganiser: filed('events', (event) => event.organiserIds),
  eventsByParticipant: filed('events', (event) => event.participations.map((participation) => participation.actorId)),
  eventsByPlace: filed('events', (event) => event.placeId),
  statementsBySpeaker: filed('statements', (statement) => statement.speakerId),
  statementsByEvent: filed('statements', (statement) => statement.eventId),
  statementsBySource: filed('statements', (statement) => statement.sourceId),
  commitmentsByActor: filed('commitments', (commitment) => commitment.actorIds),
  commitmentsByBeneficiary: filed('commitments', (commitment) => commitment.beneficiaryIds),
  commitmentsByEvent: filed('commitments', (commitment) => commitment.eventId),
  commitmentsByStatement: filed('commitments', (commitment) => commitment.statementId),
  commitmentsBySource: filed('commitments', (commitment) => commitment.sourceId),
  /** The sources that mention an entity or state a fact about it. */
  sourcesByEntity: derived('sources'),
  peopleBySource: derived('people'),
  organisationsBySource: derived('organisations'),
  placesBySource: derived('places'),
  eventsBySource: derived('events'),
};

export type Relation = keyof typeof RELATIONS;
/** What `relation` lists under a key, e.g. `Affiliation` for affiliationsByPerson. */
export type RelatedItem<R extends Relation> = ItemOf<(typeof RELATIONS)[R]['lists']>;

/** Every relation, in the table's order. */
export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];
