import DataLoader from 'dataloader';
import { ENTITY_TYPE_LIST, type EntityOf, type EntityType } from '../domain';
import { type CorpusRepository, lookupByIdName, type RelatedItem, type Relation, RELATION_NAMES } from '../repository';

type Batch<V> = (keys: readonly string[]) => V[];

/** The lookups by id of a set of loaders: what another set falls back on. */
type LoadersById = Readonly<Record<EntityType | 'entity' | 'actor', DataLoader<string, unknown>>>;

/**
 * One DataLoader per repository batch method: by id (`person`, `event`, … and `entity`, `actor`)
 * and per relation (`related.affiliationsByPerson`, …), so that a query makes one repository
 * call per relation and level, however many parents it has. Created per request (in the
 * context): a loader's cache must never outlive its request. With `fallback` (the loaders of
 * the whole corpus, for the reviewed view's), an id the repository lacks is looked up there: a
 * lookup by id finds a draft's entity too.
 */
export function createLoaders(repository: CorpusRepository, fallback?: LoadersById) {
  // Each batch looks its method up on the repository, so that a wrapped repository sees every call.
  const loader = <V>(batch: Batch<V>) => new DataLoader<string, V>(async (keys) => batch(keys));
  const byId = <V>(batch: Batch<V | undefined>, other: DataLoader<string, V | undefined> | undefined) =>
    new DataLoader<string, V | undefined>(async (keys) => {
      const found = batch(keys);
      if (!other || !found.includes(undefined)) return found;
      return Promise.all(found.map((value, index) => (value === undefined ? other.load(keys[index]!) : value)));
    });
  const byType = Object.fromEntries(
    ENTITY_TYPE_LIST.map((type) => [type, byId((ids) => (repository[lookupByIdName(type)] as Batch<unknown>)(ids), fallback?.[type])]),
  ) as {
    [T in EntityType]: DataLoader<string, EntityOf<T> | undefined>;
  };
  const related = Object.fromEntries(RELATION_NAMES.map((relation) => [relation, loader((keys) => (repository[relation] as Batch<unknown>)(keys))])) as {
    [R in Relation]: DataLoader<string, readonly RelatedItem<R>[]>;
  };
  return {
    entity: byId((ids) => repository.entitiesByIds(ids), fallback?.entity),
    actor: byId((ids) => repository.actorsByIds(ids), fallback?.actor),
    ...byType,
    related,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads the entities under these ids, in order, leaving out the ones that do not exist. */
export async function loadAll<V>(loader: DataLoader<string, V | undefined>, ids: readonly string[]): Promise<V[]> {
  const loaded = await loader.loadMany(ids);
  return loaded
    .map((value) => {
      if (value instanceof Error) throw value;
      return value;
    })
    .filter((value): value is V => value !== undefined);
}
