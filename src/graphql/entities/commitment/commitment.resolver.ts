import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import { corroborationOf } from '../../../domain';
import { Actor } from '../../abstract/actor.type';
import { type GraphQLContext, loadersFor, repositoryFor } from '../../context';
import { DraftsPageArgs } from '../../inputs/include-drafts';
import { givenFields } from '../../inputs/given-fields';
import { loadAll } from '../../loaders';
import { toConnection } from '../../pagination/connection';
import { firstItems, firstOf, ListArgs } from '../../pagination/list-args';
import { Evidence } from '../../values/evidence.type';
import { EntityResolver } from '../entity.resolver';
import { Event } from '../event/event.type';
import { Source } from '../source/source.type';
import { Statement } from '../statement/statement.type';
import { CommitmentFilter } from './commitment.filter';
import { Commitment, CommitmentConnection } from './commitment.type';

@Resolver(() => Commitment)
export class CommitmentResolver extends EntityResolver('commitment', Commitment, {
  byId: 'A commitment by id; null when there is none.',
  id: "The commitment's id.",
}) {
  @Query(() => CommitmentConnection, { description: 'Commitments in the order the articles tell them, filtered and paged.' })
  commitments(
    @Arg('filter', () => CommitmentFilter, { nullable: true, description: 'Which commitments; all when not given.' })
    filter: CommitmentFilter | undefined,
    @Args() page: DraftsPageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return toConnection(repositoryFor(context, page.includeDrafts).findCommitments(givenFields(filter)), page);
  }

  @FieldResolver(() => [Actor], { description: firstOf('Who commits.') })
  async actors(@Root() commitment: domain.Commitment, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return loadAll(loadersFor(context, commitment).actor, firstItems(commitment.actorIds, list));
  }

  @FieldResolver(() => [Actor], { description: firstOf('Who is to benefit, receive or be addressed.') })
  async beneficiaries(@Root() commitment: domain.Commitment, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return loadAll(loadersFor(context, commitment).actor, firstItems(commitment.beneficiaryIds, list));
  }

  @FieldResolver(() => [Evidence], { description: firstOf('Where the source states it.') })
  evidence(@Root() commitment: domain.Commitment, @Args() list: ListArgs) {
    return firstItems(commitment.evidence, list);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where it was made, where the source says.' })
  async event(@Root() commitment: domain.Commitment, @Ctx() context: GraphQLContext) {
    return commitment.eventId ? loadersFor(context, commitment).event.load(commitment.eventId) : null;
  }

  @FieldResolver(() => Statement, { nullable: true, description: 'The statement in which it was made, where there is one.' })
  async statement(@Root() commitment: domain.Commitment, @Ctx() context: GraphQLContext) {
    return commitment.statementId ? loadersFor(context, commitment).statement.load(commitment.statementId) : null;
  }

  @FieldResolver(() => Int, { description: 'How many distinct sources support it.' })
  corroboration(@Root() commitment: domain.Commitment): number {
    return corroborationOf(commitment);
  }

  @FieldResolver(() => Source, { description: 'The article that reports it.' })
  source(@Root() commitment: domain.Commitment, @Ctx() context: GraphQLContext) {
    return loadersFor(context, commitment).source.load(commitment.sourceId);
  }
}
