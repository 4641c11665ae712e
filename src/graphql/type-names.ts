import { entityTypeByPrefix, EntityType } from '../domain';

const TYPE_NAMES: Record<EntityType, string> = {
  source: 'Source',
  place: 'Place',
  person: 'Person',
  organisation: 'Organisation',
  event: 'Event',
  statement: 'Statement',
  commitment: 'Commitment',
};

/** The GraphQL object type of an entity (a stored one: its id is well formed), told by its id, for unions and the Node interface. */
export function typeNameOf(value: { id: string }): string | undefined {
  const type = entityTypeByPrefix(value.id);
  return type && TYPE_NAMES[type];
}
