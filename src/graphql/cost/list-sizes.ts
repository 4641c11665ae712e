import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { dayRangeOf, parseIsoPartialDate } from '../../domain';
import type { Collection, CorpusFanOuts, FacetedList, OwnList, Relation, TimeUnit } from '../../repository';
import { periodsOfRange } from '../../repository';
import { DEFAULT_FACET_TOP } from '../analysis/facets.type';
import { relationOf } from '../entities/related';
import { NETWORK_BOUNDS } from '../network/network-bounds';
import { LIST_SIZE, PAGE_SIZE, type PageSizeBounds } from '../pagination/page-size';

/**
 * How many items a list field (or a connection's page) can answer for one parent: at most
 * its `first`, and at most the longest such list the corpus holds.
 */
export interface ListSize {
  /** The bounds of the field's `first`; none: the field answers its whole list. */
  readonly first?: PageSizeBounds;
  /**
   * The longest list the field can answer in this corpus; `inherited`: the arguments of the
   * fields above it, nearest first (a timeline's unit and range, a facets' `top`); `within`: the
   * most items of the object holding the field, where that object bounds it (a network's actors).
   */
  readonly longest: (fanOuts: CorpusFanOuts, inherited: Readonly<Record<string, unknown>>, within?: number) => number;
  /** The most items the field's own arguments (other than `first`) let it answer, where they bound it. */
  readonly allowed?: (args: Readonly<Record<string, unknown>>, fanOuts: CorpusFanOuts) => number;
}

type Longest = ListSize['longest'];
const related =
  (relation: Relation): Longest =>
  (fanOuts) =>
    fanOuts.relations[relation];
const own =
  (list: OwnList): Longest =>
  (fanOuts) =>
    fanOuts.lists[list];
const every =
  (collection: Collection): Longest =>
  (fanOuts) =>
    fanOuts.collections[collection];
/** Search can find any entity but an affiliation. */
const anyEntity: Longest = ({ collections }) =>
  Object.entries(collections).reduce((sum, [collection, size]) => (collection === 'affiliations' ? sum : sum + size), 0);

/** A facet answers at most `top` values, and no more than the whole list has. */
const facet =
  (list: FacetedList, name: string): Longest =>
  (fanOuts, { top }) =>
    Math.min(typeof top === 'number' ? top : DEFAULT_FACET_TOP, (fanOuts.analysis.facetValues[list] as Record<string, number>)[name] ?? 0);
/** The unit of the timeline above, as asked or its default. */
const timelineUnit = ({ unit }: Readonly<Record<string, unknown>>): TimeUnit => (typeof unit === 'string' ? (unit as TimeUnit) : 'MONTH');
/** A timeline's periods: those of its filter's range, else the corpus's span at its unit (both at most MAX_TIMELINE_PERIODS). */
const timelinePeriods: Longest = (fanOuts, inherited) => {
  const filter = (inherited.filter ?? {}) as { from?: unknown; to?: unknown };
  const dayOf = (iso: unknown, end: 0 | 1) => {
    const date = typeof iso === 'string' ? parseIsoPartialDate(iso) : undefined;
    return date && dayRangeOf(date)?.[end];
  };
  return periodsOfRange(timelineUnit(inherited), { from: dayOf(filter.from, 0), to: dayOf(filter.to, 1) }, fanOuts.analysis.timeline);
};
/**
 * A network: at most `maxActors` actors, and no more than `hops` ties from the seeds reach
 * (each actor is tied to at most maxDegree others). Its ties join two of its actors, at most
 * one of each kind per pair: of each kind, bounded by the pairs of the whole graph, by the
 * pairs of its actors, and by its actors' degrees. Arguments a validation refuses count at
 * their maximum.
 */
const networkActors = (args: Readonly<Record<string, unknown>>, { network }: CorpusFanOuts): number => {
  const seeds = Array.isArray(args.seedIds) ? new Set(args.seedIds).size : NETWORK_BOUNDS.seeds.max;
  const hops = typeof args.hops === 'number' ? args.hops : NETWORK_BOUNDS.hops.max;
  const maxActors = typeof args.maxActors === 'number' ? args.maxActors : NETWORK_BOUNDS.maxActors.max;
  let reach = 1;
  for (let hop = 1, ring = 1; hop <= hops && reach < network.actors; hop++) reach += ring *= network.maxDegree;
  return Math.max(0, Math.min(maxActors, seeds * reach));
};
const networkTies: Longest = ({ network }, _inherited, actors = network.actors) =>
  Object.values(network.kinds).reduce((sum, kind) => sum + Math.min(kind.pairs, (actors * (actors - 1)) / 2, Math.floor((actors * kind.maxDegree) / 2)), 0);
const pathTies = (args: Readonly<Record<string, unknown>>): number => (typeof args.maxHops === 'number' ? args.maxHops : NETWORK_BOUNDS.pathHops.max);

const page = (longest: Longest): ListSize => ({ first: PAGE_SIZE, longest });
const list = (longest: Longest): ListSize => ({ first: LIST_SIZE, longest });
const whole = (longest: Longest): ListSize => ({ longest });

/**
 * The fields that answer a list of objects, or a connection (whose page is the list), and are
 * not a relation, by their coordinates: the roots' lists and the lists an entity holds of its
 * own. A relation's field (a RelationField) says which relation it answers, and its size is
 * read from that (listSizeOf). A connection's `edges` and `nodes` hold its page.
 * tests/limits/cost-model.test.ts checks that the schema has no list without a size.
 */
export const LIST_SIZES: Readonly<Record<string, ListSize>> = {
  'Query.people': page(every('people')),
  'Query.organisations': page(every('organisations')),
  'Query.places': page(every('places')),
  'Query.events': page(every('events')),
  'Query.statements': page(every('statements')),
  'Query.commitments': page(every('commitments')),
  'Query.sources': page(every('sources')),
  'Query.search': page(anyEntity),

  'Person.mentions': list(own('personMentions')),
  'Organisation.mentions': list(own('organisationMentions')),
  'Affiliation.evidence': list(own('affiliationEvidence')),
  'Place.mentions': list(own('placeMentions')),

  'Event.organisers': list(own('eventOrganisers')),
  'Event.participants': list(own('eventParticipations')),
  'Event.evidence': list(own('eventEvidence')),

  'Participation.evidence': list(own('participationEvidence')),

  'Statement.evidence': list(own('statementEvidence')),

  'Commitment.actors': list(own('commitmentActors')),
  'Commitment.beneficiaries': list(own('commitmentBeneficiaries')),
  'Commitment.amounts': whole(own('commitmentAmounts')),
  'Commitment.evidence': list(own('commitmentEvidence')),

  'Source.authors': whole(own('sourceAuthors')),

  'EventFacets.kind': whole(facet('events', 'kind')),
  'EventFacets.year': whole(facet('events', 'year')),
  'EventFacets.organiser': whole(facet('events', 'organiser')),
  'EventFacets.participant': whole(facet('events', 'participant')),
  'StatementFacets.kind': whole(facet('statements', 'kind')),
  'StatementFacets.speaker': whole(facet('statements', 'speaker')),
  'StatementFacets.event': whole(facet('statements', 'event')),
  'StatementFacets.source': whole(facet('statements', 'source')),
  'CommitmentFacets.kind': whole(facet('commitments', 'kind')),
  'CommitmentFacets.actor': whole(facet('commitments', 'actor')),
  'CommitmentFacets.beneficiary': whole(facet('commitments', 'beneficiary')),
  'CommitmentFacets.currency': whole(facet('commitments', 'currency')),
  'CommitmentConnection.totals': whole(({ analysis }) => analysis.currencies),

  // A timeline's buckets times their items: the periods its unit and range span, each with at
  // most `first` items and never more than the fullest period of the corpus at that unit holds.
  'Timeline.buckets': whole(timelinePeriods),
  'Timeline.coarser': whole((fanOuts, inherited) => fanOuts.analysis.timeline.coarserPeriods[timelineUnit(inherited)]),
  'TimelineBucket.items': page((fanOuts, inherited) => fanOuts.analysis.timeline.mostPerPeriod[timelineUnit(inherited)]),
  // A network is one object holding its actors: they bound its lists (`within`).
  'Query.network': { longest: ({ network }) => network.actors, allowed: networkActors },
  'Network.actors': whole(({ network }, _inherited, actors = network.actors) => actors),
  'Network.measures': whole(({ network }, _inherited, actors = network.actors) => actors),
  'Network.ties': whole(networkTies),
  'Query.path': { longest: ({ network }) => Math.max(0, network.actors - 1), allowed: pathTies },
  'Tie.events': whole(({ network }) => network.tieEvents),
  'Tie.commitments': whole(({ network }) => network.tieCommitments),
  'Tie.evidence': whole(({ network }) => network.tieEvidence),
};

/**
 * How long a field's list can be: its entry in LIST_SIZES, or the relation it answers, paged
 * as a connection where it has `after`, else as a plain list. Undefined for a field that
 * answers no list of objects.
 */
export function listSizeOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): ListSize | undefined {
  const listed = LIST_SIZES[`${type.name}.${field.name}`];
  if (listed) return listed;
  const relation = relationOf(field);
  if (!relation) return undefined;
  return field.args.some((arg) => arg.name === 'after') ? page(related(relation)) : list(related(relation));
}
