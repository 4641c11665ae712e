import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import { type GraphQLContext, loadersFor, repositoryFor } from '../../context';
import { DraftsPageArgs } from '../../inputs/include-drafts';
import { loadAll } from '../../loaders';
import { toConnection } from '../../pagination/connection';
import { firstOf, ListArgs } from '../../pagination/list-args';
import { Commitment } from '../commitment/commitment.type';
import { EntityResolver } from '../entity.resolver';
import { Event } from '../event/event.type';
import { Organisation } from '../organisation/organisation.type';
import { Person } from '../person/person.type';
import { Place } from '../place/place.type';
import { relatedList, RelationField } from '../related';
import { Statement } from '../statement/statement.type';
import { Source, SourceConnection } from './source.type';

@Resolver(() => Source)
export class SourceResolver extends EntityResolver('source', Source, {
  byId: 'An article by id; null when there is none.',
  id: "The article's id.",
}) {
  @Query(() => SourceConnection, { description: 'The articles, in the order of their files, paged.' })
  sources(@Args() page: DraftsPageArgs, @Ctx() context: GraphQLContext) {
    return toConnection(repositoryFor(context, page.includeDrafts).sources, page);
  }

  @FieldResolver(() => String, { nullable: true, description: "The publisher's name, where the article gives it." })
  async publisher(@Root() source: domain.Source, @Ctx() context: GraphQLContext) {
    return source.publisherId ? ((await loadersFor(context, source).organisation.load(source.publisherId))?.name ?? null) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The publisher, as an organisation.' })
  async publisherOrganisation(@Root() source: domain.Source, @Ctx() context: GraphQLContext) {
    return source.publisherId ? loadersFor(context, source).organisation.load(source.publisherId) : null;
  }

  @FieldResolver(() => [Person], { description: 'The authors the article names.' })
  async authors(@Root() source: domain.Source, @Ctx() context: GraphQLContext) {
    return loadAll(loadersFor(context, source).person, source.authorIds);
  }

  @RelationField('peopleBySource', () => [Person], { description: firstOf('The people the article names, by name.') })
  people(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, source), 'peopleBySource', source.id, list);
  }

  @RelationField('organisationsBySource', () => [Organisation], { description: firstOf('The organisations the article names, by name.') })
  organisations(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, source), 'organisationsBySource', source.id, list);
  }

  @RelationField('placesBySource', () => [Place], { description: firstOf('The places the article names, by name.') })
  places(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, source), 'placesBySource', source.id, list);
  }

  @RelationField('eventsBySource', () => [Event], { description: firstOf('The events the article reports, in date order.') })
  events(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, source), 'eventsBySource', source.id, list);
  }

  @RelationField('statementsBySource', () => [Statement], { description: firstOf('The statements the article reports, in its order.') })
  statements(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, source), 'statementsBySource', source.id, list);
  }

  @RelationField('commitmentsBySource', () => [Commitment], { description: firstOf('The commitments the article reports, in its order.') })
  commitments(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, source), 'commitmentsBySource', source.id, list);
  }
}
