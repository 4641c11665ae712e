import type { GraphQLField, GraphQLObjectType } from 'graphql';
import type { Collection, CorpusFanOuts, OwnList, Relation } from '../../repository';
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
   * The longest list the field can answer in this corpus; `within`: the most items of the
   * object holding the field, where that object bounds it (a network's actors).
   */
  readonly longest: (fanOuts: CorpusFanOuts, within?: number) => number;
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
const networkTies: Longest = ({ network }, actors = network.actors) =>
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

  // A network is one object holding its actors: they bound its lists (`within`).
  'Query.network': { longest: ({ network }) => network.actors, allowed: networkActors },
  'Network.actors': whole(({ network }, actors = network.actors) => actors),
  'Network.measures': whole(({ network }, actors = network.actors) => actors),
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
