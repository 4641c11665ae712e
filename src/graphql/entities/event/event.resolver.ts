import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import { type GraphQLContext, loadersFor, repositoryFor } from '../../context';
import { DraftsPageArgs } from '../../inputs/include-drafts';
import { loadAll } from '../../loaders';
import { toConnection } from '../../pagination/connection';
import { firstItems, firstOf, ListArgs } from '../../pagination/list-args';
import { PageArgs } from '../../pagination/page-args';
import { Evidence } from '../../values/evidence.type';
import { CommitmentConnection } from '../commitment/commitment.type';
import { CitedEntityResolver } from '../entity.resolver';
import { Organisation } from '../organisation/organisation.type';
import { Participation } from '../participation/participation.type';
import { Place } from '../place/place.type';
import { relatedPage, RelationField } from '../related';
import { StatementConnection } from '../statement/statement.type';
import { EventFilter, toRepositoryEventFilter } from './event.filter';
import { Event, EventConnection } from './event.type';

@Resolver(() => Event)
export class EventResolver extends CitedEntityResolver('event', Event, {
  byId: 'An event by id; null when there is none.',
  id: "The event's id.",
  sources: 'The articles that report it.',
}) {
  @Query(() => EventConnection, { description: 'Events in date order (those without a known year last), filtered and paged.' })
  events(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Which events; all when not given.' }) filter: EventFilter | undefined,
    @Args() page: DraftsPageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return toConnection(repositoryFor(context, page.includeDrafts).findEvents(toRepositoryEventFilter(filter)), page);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The place, with its other names, where the source names one.' })
  async place(@Root() event: domain.Event, @Ctx() context: GraphQLContext) {
    return event.placeId ? loadersFor(context, event).place.load(event.placeId) : null;
  }

  @FieldResolver(() => [Organisation], { description: firstOf('Who organised it.') })
  async organisers(@Root() event: domain.Event, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return loadAll(loadersFor(context, event).organisation, firstItems(event.organiserIds, list));
  }

  @FieldResolver(() => [Participation], { description: firstOf('Who took part (people, organisations, states) and in what role.') })
  participants(@Root() event: domain.Event, @Args() list: ListArgs) {
    return firstItems(event.participations, list);
  }

  @RelationField('statementsByEvent', () => StatementConnection, { description: 'What was said there.' })
  statements(@Root() event: domain.Event, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, event), 'statementsByEvent', event.id, page);
  }

  @RelationField('commitmentsByEvent', () => CommitmentConnection, { description: 'Commitments made there.' })
  commitments(@Root() event: domain.Event, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, event), 'commitmentsByEvent', event.id, page);
  }

  @FieldResolver(() => [Evidence], { description: firstOf('Where the source reports the event.') })
  evidence(@Root() event: domain.Event, @Args() list: ListArgs) {
    return firstItems(event.evidence, list);
  }
}
