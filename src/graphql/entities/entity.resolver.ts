import type DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type * as domain from '../../domain';
import { type GraphQLContext, loadersFor } from '../context';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { Evidence } from '../values/evidence.type';
import { relatedList, RelationField } from './related';
import { Source } from './source/source.type';

/** What the inherited fields say of an entity type. */
export interface EntityDescriptions {
  /** The query by id, e.g. 'A person by id, e.g. "person:yerlan-karin"; null when there is none.'. */
  readonly byId: string;
  /** Its `id` argument, e.g. "The person's id.". */
  readonly id: string;
}

export interface CitedEntityDescriptions extends EntityDescriptions {
  /** `sources`, before the words on `first`, e.g. "The articles that name it.". */
  readonly sources: string;
}

export interface NamedEntityDescriptions extends CitedEntityDescriptions {
  /** `mentions`, likewise. */
  readonly mentions: string;
}

/**
 * The base of every node type's resolver: the query for one entity by id, named after its
 * entity type (`person(id:)`), through the request's loader for that type.
 */
export function EntityResolver(type: domain.EntityType, objectType: ClassType, descriptions: EntityDescriptions) {
  @Resolver(() => objectType)
  abstract class EntityResolverBase {
    @Query(() => objectType, { name: type, nullable: true, description: descriptions.byId })
    byId(@Arg('id', () => ID, { description: descriptions.id }) id: string, @Ctx() { loaders }: GraphQLContext) {
      return (loaders[type] as DataLoader<string, unknown>).load(id);
    }
  }
  return EntityResolverBase;
}

/** The base of the resolvers of entities whose sources the corpus collects: `sources` too. */
export function CitedEntityResolver(type: domain.EntityType, objectType: ClassType, descriptions: CitedEntityDescriptions) {
  @Resolver(() => objectType)
  abstract class CitedEntityResolverBase extends EntityResolver(type, objectType, descriptions) {
    @RelationField('sourcesByEntity', () => [Source], { description: firstOf(descriptions.sources) })
    sources(@Root() entity: { id: string }, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
      return relatedList(loadersFor(context, entity), 'sourcesByEntity', entity.id, list);
    }
  }
  return CitedEntityResolverBase;
}

/** The base of the resolvers of named entities (people, organisations, places): `mentions` too. */
export function NamedEntityResolver(type: domain.EntityType, objectType: ClassType, descriptions: NamedEntityDescriptions) {
  @Resolver(() => objectType)
  abstract class NamedEntityResolverBase extends CitedEntityResolver(type, objectType, descriptions) {
    @FieldResolver(() => [Evidence], { description: firstOf(descriptions.mentions) })
    mentions(@Root() entity: domain.Named, @Args() list: ListArgs) {
      return firstItems(entity.mentions, list);
    }
  }
  return NamedEntityResolverBase;
}
