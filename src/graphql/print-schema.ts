import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The client-facing SDL as committed in schema/schema.graphql: sorted, with descriptions. */
export function printClientSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
