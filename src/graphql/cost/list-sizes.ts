import type { GraphQLField, GraphQLObjectType } from 'graphql';
import type { Collection, CorpusFanOuts, OwnList, Relation } from '../../repository';
import { relationOf } from '../entities/related';
import { LIST_SIZE, PAGE_SIZE, type PageSizeBounds } from '../pagination/page-size';

/**
 * How many items a list field (or a connection's page) can answer for one parent: at most
 * its `first`, and at most the longest such list the corpus holds.
 */
export interface ListSize {
  /** The bounds of the field's `first`; none: the field answers its whole list. */
  readonly first?: PageSizeBounds;
  /** The longest list the field can answer in this corpus. */
  readonly longest: (fanOuts: CorpusFanOuts) => number;
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
