import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import { type GraphQLContext, loadersFor, repositoryFor } from '../../context';
import { DraftsPageArgs } from '../../inputs/include-drafts';
import { givenFields } from '../../inputs/given-fields';
import { toConnection } from '../../pagination/connection';
import { PageArgs } from '../../pagination/page-args';
import { NamedEntityResolver } from '../entity.resolver';
import { EventConnection } from '../event/event.type';
import { Organisation } from '../organisation/organisation.type';
import { relatedPage, RelationField } from '../related';
import { PlaceFilter } from './place.filter';
import { Place, PlaceConnection } from './place.type';

@Resolver(() => Place)
export class PlaceResolver extends NamedEntityResolver('place', Place, {
  byId: 'A place by id, e.g. "place:astana"; null when there is none.',
  id: "The place's id.",
  sources: 'The articles that name it.',
  mentions: 'Every place the sources name it.',
}) {
  @Query(() => PlaceConnection, {
    description: 'The places the corpus names, by name, filtered and paged; with a name filter, whole-name matches first, then names that begin with it.',
  })
  places(
    @Arg('filter', () => PlaceFilter, { nullable: true, description: 'Which places; all when not given.' }) filter: PlaceFilter | undefined,
    @Args() page: DraftsPageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return toConnection(repositoryFor(context, page.includeDrafts).findPlaces(givenFields(filter)), page);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The state it lies in.' })
  async country(@Root() place: domain.Place, @Ctx() context: GraphQLContext) {
    return place.countryId ? loadersFor(context, place).organisation.load(place.countryId) : null;
  }

  @RelationField('eventsByPlace', () => EventConnection, { description: 'Events held there, in date order.' })
  events(@Root() place: domain.Place, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, place), 'eventsByPlace', place.id, page);
  }
}
