import type DataLoader from 'dataloader';
import type { RelatedItem, Relation } from '../../repository';
import type { Loaders } from '../loaders';
import { toConnection } from '../pagination/connection';
import { firstItems, type ListArgs } from '../pagination/list-args';
import type { PageArgs } from '../pagination/page-args';

/** A page of what `relation` lists under the entity `id`: a relation answered as a connection. */
export async function relatedPage<R extends Relation>(loaders: Loaders, relation: R, id: string, page: PageArgs) {
  return toConnection(await loaderOf(loaders, relation).load(id), page);
}

/** The first items of what `relation` lists under the entity `id`: a relation answered as a list. */
export async function relatedList<R extends Relation>(loaders: Loaders, relation: R, id: string, list: ListArgs) {
  return firstItems(await loaderOf(loaders, relation).load(id), list);
}

function loaderOf<R extends Relation>(loaders: Loaders, relation: R): DataLoader<string, readonly RelatedItem<R>[]> {
  return loaders.related[relation];
}
