import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { connectionType, toConnection } from '../pagination/connection';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { PageArgs } from '../pagination/page-args';
import { givenFields } from './filter-values';
import { EventConnection } from './event';
import { Evidence } from './evidence';
import { Node } from './node';
import { Organisation } from './organisation';
import { PlaceFilter } from './place-filter';
import { Source } from './source';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A city or province where events take place.' })
export class Place extends Node {
  @Field({ description: 'The name, e.g. "Astana".' })
  name!: string;

  @Field(() => [String], { description: 'Former and later names and other spellings (e.g. "Nur-Sultan" for Astana).' })
  aliases!: string[];
}

export const PlaceConnection = connectionType('Place', () => Place, 'places');

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'A place by id, e.g. "place:astana"; null when there is none.' })
  place(@Arg('id', () => ID, { description: 'The place\'s id.' }) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.place.load(id);
  }

  @Query(() => PlaceConnection, {
    description: 'The places the corpus names, by name, filtered and paged; with a name filter, whole-name matches first, then names that begin with it.',
  })
  places(
    @Arg('filter', () => PlaceFilter, { nullable: true, description: 'Which places; all when not given.' }) filter: PlaceFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() { repository }: GraphQLContext,
  ) {
    return toConnection(repository.findPlaces(givenFields(filter)), page);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The state it lies in.' })
  async country(@Root() place: domain.Place, @Ctx() { loaders }: GraphQLContext) {
    return place.countryId ? loaders.organisation.load(place.countryId) : null;
  }

  @FieldResolver(() => EventConnection, { description: 'Events held there, in date order.' })
  async events(@Root() place: domain.Place, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.eventsByPlace.load(place.id), page);
  }

  @FieldResolver(() => [Source], { description: firstOf('The articles that name it.') })
  async sources(@Root() place: domain.Place, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.sourcesByEntity.load(place.id), list);
  }

  @FieldResolver(() => [Evidence], { description: firstOf('Every place the sources name it.') })
  mentions(@Root() place: domain.Place, @Args() list: ListArgs) {
    return firstItems(place.mentions, list);
  }
}
