import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { loadAll } from '../loaders';
import { connectionType, toConnection } from '../pagination/connection';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { PageArgs } from '../pagination/page-args';
import { Attendance } from './attendance';
import { CommitmentConnection } from './commitment';
import { EventKindEnum } from './enums';
import { EventFilter, toRepositoryEventFilter } from './event-filter';
import { Evidence } from './evidence';
import { Node } from './node';
import { Organisation } from './organisation';
import { PartialDate } from './partial-date';
import { Participation } from './participation';
import { Place } from './place';
import { Source } from './source';
import { StatementConnection } from './statement';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A conference, meeting, session, visit, … that happened, or that a source mentions as planned.' })
export class Event extends Node {
  @Field({ description: 'A name for the event, e.g. "OSCE Summit in Astana".' })
  name!: string;

  @Field(() => EventKindEnum, { description: 'What kind of event it is.' })
  kind!: domain.EventKind;

  @Field(() => String, { nullable: true, description: 'What it was about.' })
  description?: string;

  @Field(() => PartialDate, { nullable: true, description: 'When it began (or took place), at the precision the source gives.' })
  startDate?: domain.PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When it ended, for events of several days.' })
  endDate?: domain.PartialDate;

  @Field(() => String, { nullable: true, description: 'The place as the source names it, e.g. "Astana" or "Issyk-Kul province".' })
  location?: string;

  @Field(() => Attendance, { nullable: true, description: 'How many took part, where the source says.' })
  attendance?: domain.Attendance;
}

export const EventConnection = connectionType('Event', () => Event, 'events');

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'An event by id; null when there is none.' })
  event(@Arg('id', () => ID, { description: 'The event\'s id.' }) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.event.load(id);
  }

  @Query(() => EventConnection, { description: 'Events in date order (those without a known year last), filtered and paged.' })
  events(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Which events; all when not given.' }) filter: EventFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() { repository }: GraphQLContext,
  ) {
    return toConnection(repository.findEvents(toRepositoryEventFilter(filter)), page);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The place, with its other names, where the source names one.' })
  async place(@Root() event: domain.Event, @Ctx() { loaders }: GraphQLContext) {
    return event.placeId ? loaders.place.load(event.placeId) : null;
  }

  @FieldResolver(() => [Organisation], { description: firstOf('Who organised it.') })
  async organisers(@Root() event: domain.Event, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return loadAll(loaders.organisation, firstItems(event.organiserIds, list));
  }

  @FieldResolver(() => [Participation], { description: firstOf('Who took part (people, organisations, states) and in what role.') })
  participants(@Root() event: domain.Event, @Args() list: ListArgs) {
    return firstItems(event.participations, list);
  }

  @FieldResolver(() => StatementConnection, { description: 'What was said there.' })
  async statements(@Root() event: domain.Event, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.statementsByEvent.load(event.id), page);
  }

  @FieldResolver(() => CommitmentConnection, { description: 'Commitments made there.' })
  async commitments(@Root() event: domain.Event, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.commitmentsByEvent.load(event.id), page);
  }

  @FieldResolver(() => [Source], { description: firstOf('The articles that report it.') })
  async sources(@Root() event: domain.Event, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.sourcesByEntity.load(event.id), list);
  }

  @FieldResolver(() => [Evidence], { description: firstOf('Where the source reports the event.') })
  evidence(@Root() event: domain.Event, @Args() list: ListArgs) {
    return firstItems(event.evidence, list);
  }
}
