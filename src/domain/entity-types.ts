import type { Corpus } from './entities';

/**
 * The types of entity with an id, one row each: the prefix of its ids (the key), its GraphQL
 * type, the corpus list that holds it, and the section of an article's annotation that
 * defines it. Everything that goes by entity type reads it from here.
 */
export const ENTITY_TYPES = {
  source: { typeName: 'Source', collection: 'sources', section: 'source' },
  place: { typeName: 'Place', collection: 'places', section: 'places' },
  person: { typeName: 'Person', collection: 'people', section: 'people' },
  organisation: { typeName: 'Organisation', collection: 'organisations', section: 'organisations' },
  event: { typeName: 'Event', collection: 'events', section: 'events' },
  statement: { typeName: 'Statement', collection: 'statements', section: 'statements' },
  commitment: { typeName: 'Commitment', collection: 'commitments', section: 'commitments' },
} as const satisfies Record<string, { typeName: string; collection: keyof Corpus; section: string }>;

export type EntityType = keyof typeof ENTITY_TYPES;
export type CollectionOf<T extends EntityType> = (typeof ENTITY_TYPES)[T]['collection'];
/** The domain interface of an entity type, e.g. `EntityOf<'person'>` is `Person`. */
export type EntityOf<T extends EntityType> = Corpus[CollectionOf<T>][number];
export type AnyEntity = EntityOf<EntityType>;

/** Every entity type, in the table's order. */
export const ENTITY_TYPE_LIST = Object.keys(ENTITY_TYPES) as EntityType[];

/** The types whose entities act, speak and commit. */
export const ACTOR_TYPES = ['person', 'organisation'] as const satisfies readonly EntityType[];
export type ActorType = (typeof ACTOR_TYPES)[number];
