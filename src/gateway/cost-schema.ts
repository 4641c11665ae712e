import { type GraphQLSchema, isObjectType } from 'graphql';
import { listSizeOf } from '../graphql/cost/list-sizes';
import type { ListSizeOf } from '../server/plugins/limits';

/**
 * A list of another subgraph's, whose length this corpus cannot tell: counted as up to 100
 * items, the longest page a connection of ours answers.
 */
export const FOREIGN_LIST_LONGEST = 100;

/** The client graph's list sizes for its own fields; another subgraph's lists, FOREIGN_LIST_LONGEST. */
export function gatewayListSizeOf(client: GraphQLSchema): ListSizeOf {
  return (type, field) => {
    const own = client.getType(type.name);
    if (isObjectType(own) && own.getFields()[field.name]) return listSizeOf(type, field);
    return { longest: () => FOREIGN_LIST_LONGEST };
  };
}

/**
 * Marks the supergraph's fields with what the client graph's schema says of them that the cost
 * model reads (`@RelationField`'s relation, in field extensions), which composition leaves out:
 * the gateway then estimates a query's cost exactly as `npm start` does.
 */
export function markCostExtensions(supergraph: GraphQLSchema, client: GraphQLSchema): void {
  for (const type of Object.values(supergraph.getTypeMap())) {
    const own = client.getType(type.name);
    if (!isObjectType(type) || !isObjectType(own)) continue;
    const ownFields = own.getFields();
    for (const field of Object.values(type.getFields())) {
      const relation = ownFields[field.name]?.extensions.relation;
      if (relation !== undefined) field.extensions = { ...field.extensions, relation };
    }
  }
}
