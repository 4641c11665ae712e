import { GraphQLSchema, isAbstractType } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AffiliationResolver } from './types/affiliation';
import { CommitmentResolver } from './types/commitment';
import { EventResolver } from './types/event';
import { EvidenceResolver } from './types/evidence';
import { NodeResolver } from './types/node';
import { OrganisationResolver } from './types/organisation';
import { PartialDateResolver } from './types/partial-date';
import { ParticipationResolver } from './types/participation';
import { PersonResolver } from './types/person';
import { PlaceResolver } from './types/place';
import { SearchResolver } from './types/search';
import { SourceResolver } from './types/source';
import { StatementResolver } from './types/statement';
import { typeNameOf } from './type-names';
import { validateArguments } from './validation';

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
 * Every union and interface here resolves by the id's prefix (see type-names.ts). Type-GraphQL
 * wraps resolveType in an async function, a promise per abstract value, which graphql-jit
 * (the benchmark's ceiling) cannot take: the same answer, synchronously.
 */
function resolveAbstractTypesById(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && !type.name.startsWith('__')) type.resolveType = (value) => typeNameOf(value as { id: string });
  }
}
