import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { loadAll } from '../loaders';
import { connectionType, toConnection } from '../pagination/connection';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { PageArgs } from '../pagination/page-args';
import { Commitment } from './commitment';
import { Event } from './event';
import { Node } from './node';
import { Organisation } from './organisation';
import { Person } from './person';
import { Place } from './place';
import { Statement } from './statement';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article of the corpus: where every fact comes from.' })
export class Source extends Node {
  @Field({ description: 'The headline.' })
  title!: string;

  @Field({ description: 'The file under seeds/ that holds the article.' })
  seedFile!: string;

  @Field({ description: 'The whole article. Evidence offsets count UTF-16 code units of this text.' })
  text!: string;
}

export const SourceConnection = connectionType('Source', () => Source, 'sources');

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'An article by id; null when there is none.' })
  source(@Arg('id', () => ID, { description: 'The article\'s id.' }) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.source.load(id);
  }

  @Query(() => SourceConnection, { description: 'The articles, in the order of their files, paged.' })
  sources(@Args() page: PageArgs, @Ctx() { repository }: GraphQLContext) {
    return toConnection(repository.sources, page);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The publisher\'s name, where the article gives it.' })
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

  @FieldResolver(() => [Person], { description: firstOf('The people the article names, by name.') })
  async people(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.peopleBySource.load(source.id), list);
  }

  @FieldResolver(() => [Organisation], { description: firstOf('The organisations the article names, by name.') })
  async organisations(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.organisationsBySource.load(source.id), list);
  }

  @FieldResolver(() => [Place], { description: firstOf('The places the article names, by name.') })
  async places(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.placesBySource.load(source.id), list);
  }

  @FieldResolver(() => [Event], { description: firstOf('The events the article reports, in date order.') })
  async events(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.eventsBySource.load(source.id), list);
  }

  @FieldResolver(() => [Statement], { description: firstOf('The statements the article reports, in its order.') })
  async statements(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.statementsBySource.load(source.id), list);
  }

  @FieldResolver(() => [Commitment], { description: firstOf('The commitments the article reports, in its order.') })
  async commitments(@Root() source: domain.Source, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.commitmentsBySource.load(source.id), list);
  }
}
