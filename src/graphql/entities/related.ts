import type DataLoader from 'dataloader';
import type { GraphQLField } from 'graphql';
import { Extensions, FieldResolver } from 'type-graphql';
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

type ReturnTypeFunc = NonNullable<Parameters<typeof FieldResolver>[0]>;
type FieldOptions = NonNullable<Parameters<typeof FieldResolver>[1]>;

/**
 * A field resolver that answers `relation`, marked with it in the schema's field extensions:
 * the cost model reads there how long the field's list can be (cost/list-sizes.ts).
 */
export function RelationField(relation: Relation, returns: ReturnTypeFunc, options: FieldOptions): MethodDecorator {
  const marked = Extensions({ relation });
  const resolver = FieldResolver(returns, options);
  return (prototype, name, descriptor) => {
    marked(prototype, name, descriptor);
    resolver(prototype, name, descriptor);
  };
}

/** The relation a field answers, where it is a RelationField. */
export function relationOf(field: GraphQLField<unknown, unknown>): Relation | undefined {
  return field.extensions.relation as Relation | undefined;
}
