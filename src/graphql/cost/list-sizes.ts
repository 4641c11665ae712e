import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { dayRangeOf, parseIsoPartialDate } from '../../domain';
import type { Collection, CorpusFanOuts, FacetedList, OwnList, Relation, TimeUnit } from '../../repository';
import { periodsOfRange } from '../../repository';
import { DEFAULT_FACET_TOP } from '../analysis/facets.type';
import { relationOf } from '../entities/related';
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
   * fields above it, nearest first (a timeline's unit and range, a facets' `top`).
   */
  readonly longest: (fanOuts: CorpusFanOuts, inherited: Readonly<Record<string, unknown>>) => number;
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
