import DataLoader from 'dataloader';
import { ENTITY_TYPE_LIST, type EntityOf, type EntityType } from '../domain';
import { type CorpusRepository, lookupByIdName, type RelatedItem, type Relation, RELATION_NAMES } from '../repository';

type Batch<V> = (keys: readonly string[]) => V[];

/**
 * One DataLoader per repository batch method: by id (`person`, `event`, … and `entity`, `actor`)
 * and per relation (`related.affiliationsByPerson`, …), so that a query makes one repository
 * call per relation and level, however many parents it has. Created per request (in the
 * context): a loader's cache must never outlive its request.
 */
export function createLoaders(repository: CorpusRepository) {
  // Each batch looks its method up on the repository, so that a wrapped repository sees every call.
  const loader = <V>(batch: Batch<V>) => new DataLoader<string, V>(async (keys) => batch(keys));
  const byType = Object.fromEntries(ENTITY_TYPE_LIST.map((type) => [type, loader((ids) => (repository[lookupByIdName(type)] as Batch<unknown>)(ids))])) as {
    [T in EntityType]: DataLoader<string, EntityOf<T> | undefined>;
  };
  const related = Object.fromEntries(RELATION_NAMES.map((relation) => [relation, loader((keys) => (repository[relation] as Batch<unknown>)(keys))])) as {
    [R in Relation]: DataLoader<string, readonly RelatedItem<R>[]>;
  };
  return {
    entity: loader((ids) => repository.entitiesByIds(ids)),
    actor: loader((ids) => repository.actorsByIds(ids)),
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
