import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import type { GraphQLContext } from '../../context';
import { loadAll } from '../../loaders';
import { toConnection } from '../../pagination/connection';
import { firstOf, ListArgs } from '../../pagination/list-args';
import { PageArgs } from '../../pagination/page-args';
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
  sources(@Args() page: PageArgs, @Ctx() { repository }: GraphQLContext) {
    return toConnection(repository.sources, page);
  }

  @FieldResolver(() => String, { nullable: true, description: "The publisher's name, where the article gives it." })
  async publisher(@Root() source: domain.Source, @Ctx() { loaders }: GraphQLContext) {
    return source.publisherId ? ((await loaders.organisation.load(source.publisherId))?.name ?? null) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The publisher, as an organisation.' })
  async publisherOrganisation(@Root() source: domain.Source, @Ctx() { loaders }: GraphQLContext) {
    return source.publisherId ? loaders.organisation.load(source.publisherId) : null;
  }

  @FieldResolver(() => [Person], { description: 'The authors the article names.' })
  async authors(@Root() source: domain.Source, @Ctx() { loaders }: GraphQLContext) {
    return loadAll(loaders.person, source.authorIds);
  }

  @RelationField('peopleBySource', () => [Person], { description: firstOf('The people the article names, by name.') })
  people(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return relatedList(loaders, 'peopleBySource', source.id, list);
  }

  @RelationField('organisationsBySource', () => [Organisation], { description: firstOf('The organisations the article names, by name.') })
  organisations(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return relatedList(loaders, 'organisationsBySource', source.id, list);
  }

  @RelationField('placesBySource', () => [Place], { description: firstOf('The places the article names, by name.') })
  places(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return relatedList(loaders, 'placesBySource', source.id, list);
  }

  @RelationField('eventsBySource', () => [Event], { description: firstOf('The events the article reports, in date order.') })
  events(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return relatedList(loaders, 'eventsBySource', source.id, list);
  }

  @RelationField('statementsBySource', () => [Statement], { description: firstOf('The statements the article reports, in its order.') })
  statements(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return relatedList(loaders, 'statementsBySource', source.id, list);
  }

  @RelationField('commitmentsBySource', () => [Commitment], { description: firstOf('The commitments the article reports, in its order.') })
  commitments(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return relatedList(loaders, 'commitmentsBySource', source.id, list);
  }
}
