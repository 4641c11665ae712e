import { GraphQLSchema } from 'graphql';
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
  return schema;
}
