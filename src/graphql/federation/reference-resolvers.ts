import type DataLoader from 'dataloader';
import { ENTITY_TYPE_LIST, ENTITY_TYPES } from '../../domain';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';

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
        __resolveReference: (reference: { id?: unknown }, { loaders }: GraphQLContext) => {
          // A router sends what its query plan says; a hand-made representation may lack the key.
          // Rejected, not thrown: a thrown error would fail the whole `_entities` list.
          if (typeof reference.id !== 'string')
            return Promise.reject(
              badUserInput(
                `Each ${ENTITY_TYPES[type].typeName} representation needs its key "id" as a string (got ${reference.id === undefined ? 'no id' : typeof reference.id}); send { "__typename": "${ENTITY_TYPES[type].typeName}", "id": "…" }.`,
              ),
            );
          return (loaders[type] as DataLoader<string, unknown>).load(reference.id);
        },
      },
    ]),
  );
}
