import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { connectionType, toConnection } from '../pagination/connection';
import { givenFields } from './filter-values';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { PageArgs } from '../pagination/page-args';
import { Affiliation } from './affiliation';
import { CommitmentConnection } from './commitment';
import { EventConnection } from './event';
import { Evidence } from './evidence';
import { Node } from './node';
import { PersonFilter } from './person-filter';
import { Source } from './source';
import { StatementConnection } from './statement';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person the articles name.' })
export class Person extends Node {
  @Field({ description: 'The full name, as the sources most fully give it.' })
  name!: string;

  @Field(() => [String], { description: 'Other spellings the sources use, misspellings included (e.g. "Abykyev").' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Who the person is, as the sources describe them, e.g. "Taraz political scientist".' })
  description?: string;
}

export const PersonConnection = connectionType('Person', () => Person, 'people');

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by id, e.g. "person:yerlan-karin"; null when there is none.' })
  person(@Arg('id', () => ID, { description: 'The person\'s id.' }) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.person.load(id);
  }

  @Query(() => PersonConnection, {
    description: 'People, by name, filtered and paged; with a name filter, whole-name matches first, then names that begin with it.',
  })
  people(
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which people; all when not given.' }) filter: PersonFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() { repository }: GraphQLContext,
  ) {
    return toConnection(repository.findPeople(givenFields(filter)), page);
  }

  @FieldResolver(() => [Evidence], { description: firstOf('Every place the sources name the person.') })
  mentions(@Root() person: domain.Person, @Args() list: ListArgs) {
    return firstItems(person.mentions, list);
  }

  @FieldResolver(() => [Affiliation], { description: firstOf('The person\'s roles in organisations, as the sources state them.') })
  async affiliations(@Root() person: domain.Person, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.affiliationsByPerson.load(person.id), list);
  }

  @FieldResolver(() => EventConnection, { description: 'Events the person took part in or spoke at, in date order.' })
  async events(@Root() person: domain.Person, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.eventsByActor.load(person.id), page);
  }

  @FieldResolver(() => StatementConnection, { description: 'What the person said, in the order the articles tell it.' })
  async statements(@Root() person: domain.Person, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.statementsBySpeaker.load(person.id), page);
  }

  @FieldResolver(() => CommitmentConnection, { description: 'Commitments the person made.' })
  async commitments(@Root() person: domain.Person, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.commitmentsByActor.load(person.id), page);
  }

  @FieldResolver(() => [Source], { description: firstOf('The articles that name the person.') })
  async sources(@Root() person: domain.Person, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.sourcesByEntity.load(person.id), list);
  }
}
