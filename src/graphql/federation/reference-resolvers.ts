import type { GraphQLContext } from '../context';
import type { Loaders } from '../loaders';

/** The entity types of the subgraph, each with the loader that resolves it by id. */
const ENTITY_LOADERS = {
  Person: 'person',
  Organisation: 'organisation',
  Event: 'event',
  Statement: 'statement',
  Commitment: 'commitment',
  Source: 'source',
  Place: 'place',
} as const satisfies Record<string, keyof Loaders>;

export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_LOADERS) as (keyof typeof ENTITY_LOADERS)[];

/**
 * `__resolveReference` for every entity, through the request's loaders: an `_entities`
 * request with many representations makes one repository batch call per type.
 */
export function referenceResolvers() {
  return Object.fromEntries(
    Object.entries(ENTITY_LOADERS).map(([typeName, loader]) => [
      typeName,
      {
        __resolveReference: (reference: { id: string }, { loaders }: GraphQLContext) => loaders[loader].load(reference.id),
      },
    ]),
  );
}
