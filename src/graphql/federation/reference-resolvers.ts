import type DataLoader from 'dataloader';
import { ENTITY_TYPE_LIST, ENTITY_TYPES } from '../../domain';
import type { GraphQLContext } from '../context';

/** The entity types of the subgraph: every type of ENTITY_TYPES, by its GraphQL name. */
export const ENTITY_TYPE_NAMES = ENTITY_TYPE_LIST.map((type) => ENTITY_TYPES[type].typeName);

/**
 * `__resolveReference` for every entity, through the request's loader for its type: an
 * `_entities` request with many representations makes one repository batch call per type.
 */
export function referenceResolvers() {
  return Object.fromEntries(
    ENTITY_TYPE_LIST.map((type) => [
      ENTITY_TYPES[type].typeName,
      {
        __resolveReference: (reference: { id: string }, { loaders }: GraphQLContext) => (loaders[type] as DataLoader<string, unknown>).load(reference.id),
      },
    ]),
  );
}
