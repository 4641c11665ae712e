import { GraphQLSchema, isAbstractType } from 'graphql';
import { buildSchema } from 'type-graphql';
import { NodeResolver } from './abstract/node.resolver';
import { CommitmentFacetsResolver, EventFacetsResolver, StatementFacetsResolver } from './analysis/facets.resolver';
import { TimelineBucketResolver, TimelineResolver } from './analysis/timeline.resolver';
import { CorpusResolver } from './corpus/corpus.resolver';
import { typeNameOf } from './abstract/type-name';
import { AffiliationResolver } from './entities/affiliation/affiliation.resolver';
import { CommitmentResolver } from './entities/commitment/commitment.resolver';
import { EventResolver } from './entities/event/event.resolver';
import { OrganisationResolver } from './entities/organisation/organisation.resolver';
import { ParticipationResolver } from './entities/participation/participation.resolver';
import { PersonResolver } from './entities/person/person.resolver';
import { PlaceResolver } from './entities/place/place.resolver';
import { SourceResolver } from './entities/source/source.resolver';
import { StatementResolver } from './entities/statement/statement.resolver';
import { ActorMeasureResolver, NetworkResolver, TieResolver } from './network/network.resolver';
import { SearchResolver } from './search/search.resolver';
import { validateArguments } from './validation';
import { EvidenceResolver } from './values/evidence.resolver';
import { PartialDateResolver } from './values/partial-date.resolver';

export const RESOLVERS = [
  NodeResolver,
  SourceResolver,
  PlaceResolver,
  PersonResolver,
  OrganisationResolver,
  AffiliationResolver,
  EventResolver,
  ParticipationResolver,
  StatementResolver,
  CommitmentResolver,
  EvidenceResolver,
  PartialDateResolver,
  SearchResolver,
  EventFacetsResolver,
  StatementFacetsResolver,
  CommitmentFacetsResolver,
  TimelineResolver,
  TimelineBucketResolver,
  NetworkResolver,
  TieResolver,
  ActorMeasureResolver,
  CorpusResolver,
] as const;

/**
 * The client-facing schema, built from the Type-GraphQL classes. Object types declare
 * `simpleResolvers`: the service uses no Type-GraphQL middleware, so plain fields are read
 * directly rather than through its wrapper, a cost the benchmark measures on every field.
 */
export async function buildClientSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validateFn: validateArguments,
  });
  // Type-GraphQL gives the root type no description; like every other type, it gets one.
  schema.getQueryType()!.description = 'The entry points of the graph: entities by id, filtered and paged lists, and full-text search.';
  resolveAbstractTypesById(schema);
  return schema;
}

/**
 * Every union and interface here resolves by the id's prefix (see abstract/type-name.ts). Type-GraphQL
 * wraps resolveType in an async function, a promise per abstract value, which graphql-jit
 * (the benchmark's ceiling) cannot take: the same answer, synchronously.
 */
function resolveAbstractTypesById(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && !type.name.startsWith('__')) type.resolveType = (value) => typeNameOf(value as { id: string });
  }
}
