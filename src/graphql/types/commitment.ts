import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { loadAll } from '../loaders';
import { connectionType, toConnection } from '../pagination/connection';
import { givenFields } from './filter-values';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { PageArgs } from '../pagination/page-args';
import { Actor } from './actor';
import { CommitmentFilter } from './commitment-filter';
import { CommitmentKindEnum } from './enums';
import { Event } from './event';
import { Evidence } from './evidence';
import { MonetaryAmount } from './monetary-amount';
import { Node } from './node';
import { PartialDate } from './partial-date';
import { Source } from './source';
import { Statement } from './statement';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A pledge, contribution, offer, proposal or plan that an actor commits to.' })
export class Commitment extends Node {
  @Field({ description: 'What is committed, in a sentence.' })
  description!: string;

  @Field(() => CommitmentKindEnum, { description: 'What kind of commitment it is.' })
  kind!: domain.CommitmentKind;

  @Field(() => [MonetaryAmount], { description: 'The sums involved, each in the currency the source gives (one sum may be given in two currencies).' })
  amounts!: domain.MonetaryAmount[];

  @Field(() => PartialDate, { nullable: true, description: 'When it is due, where the source says.' })
  dueDate?: domain.PartialDate;
}

export const CommitmentConnection = connectionType('Commitment', () => Commitment, 'commitments');

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => Commitment, { nullable: true, description: 'A commitment by id; null when there is none.' })
  commitment(@Arg('id', () => ID, { description: 'The commitment\'s id.' }) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.commitment.load(id);
  }

  @Query(() => CommitmentConnection, { description: 'Commitments in the order the articles tell them, filtered and paged.' })
  commitments(
    @Arg('filter', () => CommitmentFilter, { nullable: true, description: 'Which commitments; all when not given.' })
    filter: CommitmentFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() { repository }: GraphQLContext,
  ) {
    return toConnection(repository.findCommitments(givenFields(filter)), page);
  }

  @FieldResolver(() => [Actor], { description: firstOf('Who commits.') })
  async actors(@Root() commitment: domain.Commitment, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return loadAll(loaders.actor, firstItems(commitment.actorIds, list));
  }

  @FieldResolver(() => [Actor], { description: firstOf('Who is to benefit, receive or be addressed.') })
  async beneficiaries(@Root() commitment: domain.Commitment, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return loadAll(loaders.actor, firstItems(commitment.beneficiaryIds, list));
  }

  @FieldResolver(() => [Evidence], { description: firstOf('Where the source states it.') })
  evidence(@Root() commitment: domain.Commitment, @Args() list: ListArgs) {
    return firstItems(commitment.evidence, list);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where it was made, where the source says.' })
  async event(@Root() commitment: domain.Commitment, @Ctx() { loaders }: GraphQLContext) {
    return commitment.eventId ? loaders.event.load(commitment.eventId) : null;
  }

  @FieldResolver(() => Statement, { nullable: true, description: 'The statement in which it was made, where there is one.' })
  async statement(@Root() commitment: domain.Commitment, @Ctx() { loaders }: GraphQLContext) {
    return commitment.statementId ? loaders.statement.load(commitment.statementId) : null;
  }

  @FieldResolver(() => Source, { description: 'The article that reports it.' })
  source(@Root() commitment: domain.Commitment, @Ctx() { loaders }: GraphQLContext) {
    return loaders.source.load(commitment.sourceId);
  }
}
