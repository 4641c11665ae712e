/**
 * Ids are `<type>:<slug>`: the prefix says what an id points at, so a reference to an
 * actor (a person or an organisation) needs no separate type tag.
 */
export const ID_PREFIXES = ['source', 'place', 'person', 'organisation', 'event', 'statement', 'commitment'] as const;
export type EntityType = (typeof ID_PREFIXES)[number];

const ID_PATTERN = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The type an id names, or undefined when it is not a well-formed id of a known type. */
export function entityTypeOf(id: string): EntityType | undefined {
  const prefix = ID_PATTERN.exec(id)?.[1];
  return (ID_PREFIXES as readonly string[]).includes(prefix ?? '') ? (prefix as EntityType) : undefined;
}

export function isActorId(id: string): boolean {
  const type = entityTypeOf(id);
  return type === 'person' || type === 'organisation';
}

/** The shape an id of the given type must have, for error messages. */
export function idExample(type: EntityType): string {
  return `${type}:lower-case-words-joined-by-hyphens`;
}
