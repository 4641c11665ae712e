import type { Collection, CorpusFanOuts, OwnList, Relation } from '../../repository';
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
 * Every field of the schema that answers a list of objects, or a connection (whose page is
 * the list), by its coordinate: what the cost limit counts. A connection's `edges` and
 * `nodes` hold its page and need no entry. tests/limits/list-sizes.test.ts checks that the
 * schema has no such field without one.
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
  'Person.affiliations': list(related('affiliationsByPerson')),
  'Person.events': page(related('eventsByActor')),
  'Person.statements': page(related('statementsBySpeaker')),
  'Person.commitments': page(related('commitmentsByActor')),
  'Person.sources': list(related('sourcesByEntity')),

  'Organisation.mentions': list(own('organisationMentions')),
  'Organisation.subOrganisations': list(related('subOrganisationsByParent')),
  'Organisation.members': list(related('affiliationsByOrganisation')),
  'Organisation.events': page(related('eventsByActor')),
  'Organisation.organisedEvents': page(related('eventsByOrganiser')),
  'Organisation.statements': page(related('statementsBySpeaker')),
  'Organisation.commitments': page(related('commitmentsByActor')),
  'Organisation.beneficiaryOf': page(related('commitmentsByBeneficiary')),
  'Organisation.places': list(related('placesByCountry')),
  'Organisation.sources': list(related('sourcesByEntity')),

  'Affiliation.evidence': list(own('affiliationEvidence')),

  'Place.mentions': list(own('placeMentions')),
  'Place.events': page(related('eventsByPlace')),
  'Place.sources': list(related('sourcesByEntity')),

  'Event.organisers': list(own('eventOrganisers')),
  'Event.participants': list(own('eventParticipations')),
  'Event.statements': page(related('statementsByEvent')),
  'Event.commitments': page(related('commitmentsByEvent')),
  'Event.sources': list(related('sourcesByEntity')),
  'Event.evidence': list(own('eventEvidence')),

  'Participation.evidence': list(own('participationEvidence')),

  'Statement.evidence': list(own('statementEvidence')),
  'Statement.commitments': page(related('commitmentsByStatement')),

  'Commitment.actors': list(own('commitmentActors')),
  'Commitment.beneficiaries': list(own('commitmentBeneficiaries')),
  'Commitment.amounts': whole(own('commitmentAmounts')),
  'Commitment.evidence': list(own('commitmentEvidence')),

  'Source.authors': whole(own('sourceAuthors')),
  'Source.people': list(related('peopleBySource')),
  'Source.organisations': list(related('organisationsBySource')),
  'Source.places': list(related('placesBySource')),
  'Source.events': list(related('eventsBySource')),
  'Source.statements': list(related('statementsBySource')),
  'Source.commitments': list(related('commitmentsBySource')),
};
