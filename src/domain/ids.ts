import { ACTOR_TYPES, ENTITY_TYPE_LIST, type EntityType } from './entity-types';

/*
 * Ids are `<type>:<slug>`: the prefix (a key of ENTITY_TYPES) says what an id points at, so a
 * reference to an actor (a person or an organisation) needs no separate type tag.
 */

const ID_PATTERN = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const PREFIXES: ReadonlySet<string> = new Set(ENTITY_TYPE_LIST);

/** The type an id names, or undefined when it is not a well-formed id of a known type. */
export function entityTypeOf(id: string): EntityType | undefined {
  const prefix = ID_PATTERN.exec(id)?.[1];
  return PREFIXES.has(prefix ?? '') ? (prefix as EntityType) : undefined;
}

/**
 * The type an id's prefix names, without checking the rest of the id: for ids of stored
 * entities (the loader checked them all) and for looking ids up, where a malformed id
 * finds nothing anyway. Hot paths use it: a regular expression per key costs at scale.
 */
export function entityTypeByPrefix(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return PREFIXES.has(prefix) ? (prefix as EntityType) : undefined;
}

export function isActorId(id: string): boolean {
  return isActorType(entityTypeOf(id));
}

export function isActorType(type: EntityType | undefined): boolean {
  return (ACTOR_TYPES as readonly (EntityType | undefined)[]).includes(type);
}

/** The shape an id of the given type must have, for error messages. */
export function idExample(type: EntityType): string {
  return `${type}:lower-case-words-joined-by-hyphens`;
}
