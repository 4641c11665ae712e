import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, lexicographicSortSchema, parse } from 'graphql';
import { createResolversMap } from 'type-graphql';
import { buildClientSchema } from '../schema';
import { referenceResolvers } from './reference-resolvers';

/** Federation 2: the directives the Type-GraphQL classes use. */
const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/**
 * The client-facing Type-GraphQL schema as an Apollo Federation 2 subgraph: the same types
 * and resolvers, with `@key` entities resolved by reference through the DataLoaders.
 * (Type-GraphQL's own printer drops directives, hence printSchemaWithDirectives.)
 */
export async function buildSubgraphSchemaFromCode(clientSchema?: GraphQLSchema): Promise<GraphQLSchema> {
  const schema = clientSchema ?? (await buildClientSchema());
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers())) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}`),
    resolvers: resolvers as never,
  });
}

/** The SDL a router or gateway composes: what `_service { sdl }` answers. */
export function printSubgraphSdl(subgraphSchema: GraphQLSchema): string {
  return `${printSubgraphSchema(subgraphSchema).trim()}\n`;
}
