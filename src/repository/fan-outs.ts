import type { Corpus, TieKind } from '../domain';
import type { FacetedList, FacetName } from './facets';
import { type Collection, type Relation, RELATION_NAMES } from './relations';
import type { TimelineFanOuts } from './timeline';

/**
 * The lists an entity holds of its own, each with the collection it is read from and its
 * length on one entity.
 */
const OWN_LISTS = {
  personMentions: own('people', (person) => person.mentions.length),
  organisationMentions: own('organisations', (organisation) => organisation.mentions.length),
  placeMentions: own('places', (place) => place.mentions.length),
  affiliationEvidence: own('affiliations', (affiliation) => affiliation.evidence.length),
  eventEvidence: own('events', (event) => event.evidence.length),
  eventOrganisers: own('events', (event) => event.organiserIds.length),
  eventParticipations: own('events', (event) => event.participations.length),
  participationEvidence: own('events', (event) => Math.max(0, ...event.participations.map((p) => p.evidence.length))),
  statementEvidence: own('statements', (statement) => statement.evidence.length),
  commitmentEvidence: own('commitments', (commitment) => commitment.evidence.length),
  commitmentActors: own('commitments', (commitment) => commitment.actorIds.length),
  commitmentBeneficiaries: own('commitments', (commitment) => commitment.beneficiaryIds.length),
  commitmentAmounts: own('commitments', (commitment) => commitment.amounts.length),
  sourceAuthors: own('sources', (source) => source.authorIds.length),
};
export type OwnList = keyof typeof OWN_LISTS;

function own<C extends Collection>(collection: C, length: (entity: Corpus[C][number]) => number) {
  return { collection, length: length as (entity: unknown) => number };
}

/**
 * The most items any one list of the corpus holds: how many entities each collection has,
 * the longest list any key has in each relation, and the longest list any entity holds of
 * its own. The corpus does not change while it is served, so these bound what any query can
 * be answered with; a new corpus has its own.
 */
export interface CorpusFanOuts {
  readonly collections: Readonly<Record<Collection, number>>;
  readonly relations: Readonly<Record<Relation, number>>;
  readonly lists: Readonly<Record<OwnList, number>>;
  /** The analysis fields' lists: timelines, facets (how many distinct values each has) and money totals (how many currencies). */
  readonly analysis: AnalysisFanOuts;
  /** The actor network's bounds, measured on first need (only network and path queries need them). */
  readonly network: NetworkFanOuts;
}

export interface AnalysisFanOuts {
  readonly timeline: TimelineFanOuts;
  readonly facetValues: { readonly [L in FacetedList]: Readonly<Record<FacetName<L>, number>> };
  readonly currencies: number;
}

/** What bounds a network's or path's answer: see ActorNetwork.fanOuts. */
export interface NetworkFanOuts {
  /** People and organisations: every actor can be a seed, tied or not. */
  readonly actors: number;
  /** Pairs of actors with at least one tie; each pair has at most one tie of each kind. */
  readonly pairs: number;
  /** The most actors one actor is tied to. */
  readonly maxDegree: number;
  /** The same, per kind of tie: a network holds at most one tie of each kind per pair. */
  readonly kinds: Readonly<Record<TieKind, { readonly pairs: number; readonly maxDegree: number }>>;
  /** The most events, commitments and evidence spans behind one tie. */
  readonly tieEvents: number;
  readonly tieCommitments: number;
  readonly tieEvidence: number;
}

/** How many items each corpus list holds, in the corpus's order. */
export function collectionSizes(corpus: Corpus): Record<Collection, number> {
  return Object.fromEntries(Object.entries(corpus).map(([name, items]) => [name, items.length])) as Record<Collection, number>;
}

export function measureFanOuts(
  corpus: Corpus,
  longest: (relation: Relation) => number,
  analysis: AnalysisFanOuts,
  network: () => NetworkFanOuts,
): CorpusFanOuts {
  const collections = collectionSizes(corpus);
  const relations = Object.fromEntries(RELATION_NAMES.map((relation) => [relation, longest(relation)])) as Record<Relation, number>;
  const lists = Object.fromEntries(
    Object.entries(OWN_LISTS).map(([name, { collection, length }]) => {
      let max = 0;
      for (const entity of corpus[collection]) max = Math.max(max, length(entity));
      return [name, max];
    }),
  ) as Record<OwnList, number>;
  let measuredNetwork: NetworkFanOuts | undefined;
  return {
    collections,
    relations,
    lists,
    analysis,
    get network() {
      return (measuredNetwork ??= network());
    },
  };
}
