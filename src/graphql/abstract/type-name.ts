import { ENTITY_TYPES, entityTypeByPrefix } from '../../domain';

/** The GraphQL object type of an entity (a stored one: its id is well formed), told by its id, for unions and the Node interface. */
export function typeNameOf(value: { id: string }): string | undefined {
  const type = entityTypeByPrefix(value.id);
  return type && ENTITY_TYPES[type].typeName;
}
