import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import { corroborationOf } from '../../../domain';
import { Actor } from '../../abstract/actor.type';
import { type GraphQLContext, loadersFor, repositoryFor } from '../../context';
import { DraftsPageArgs } from '../../inputs/include-drafts';
import { givenFields } from '../../inputs/given-fields';
import { toConnection } from '../../pagination/connection';
import { firstItems, firstOf, ListArgs } from '../../pagination/list-args';
import { PageArgs } from '../../pagination/page-args';
import { Evidence } from '../../values/evidence.type';
import { CommitmentConnection } from '../commitment/commitment.type';
import { EntityResolver } from '../entity.resolver';
import { Event } from '../event/event.type';
import { relatedPage, RelationField } from '../related';
import { Source } from '../source/source.type';
import { StatementFilter } from './statement.filter';
import { Statement, StatementConnection } from './statement.type';

@Resolver(() => Statement)
export class StatementResolver extends EntityResolver('statement', Statement, {
  byId: 'A statement by id; null when there is none.',
  id: "The statement's id.",
}) {
  @Query(() => StatementConnection, { description: 'Statements in the order the articles tell them, filtered and paged.' })
  statements(
    @Arg('filter', () => StatementFilter, { nullable: true, description: 'Which statements; all when not given.' })
    filter: StatementFilter | undefined,
    @Args() page: DraftsPageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return toConnection(repositoryFor(context, page.includeDrafts).findStatements(givenFields(filter)), page);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who spoke; null when the source does not say.' })
  async speaker(@Root() statement: domain.Statement, @Ctx() context: GraphQLContext) {
    return statement.speakerId ? loadersFor(context, statement).actor.load(statement.speakerId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where it was said, where the source says.' })
  async event(@Root() statement: domain.Statement, @Ctx() context: GraphQLContext) {
    return statement.eventId ? loadersFor(context, statement).event.load(statement.eventId) : null;
  }

  @FieldResolver(() => [Evidence], { description: firstOf('The span of the source with the statement and its attribution.') })
  evidence(@Root() statement: domain.Statement, @Args() list: ListArgs) {
    return firstItems(statement.evidence, list);
  }

  @FieldResolver(() => Int, { description: 'How many distinct sources support it.' })
  corroboration(@Root() statement: domain.Statement): number {
    return corroborationOf(statement);
  }

  @FieldResolver(() => Source, { description: 'The article that reports it.' })
  source(@Root() statement: domain.Statement, @Ctx() context: GraphQLContext) {
    return loadersFor(context, statement).source.load(statement.sourceId);
  }

  @RelationField('commitmentsByStatement', () => CommitmentConnection, { description: 'Commitments made in this statement.' })
  commitments(@Root() statement: domain.Statement, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, statement), 'commitmentsByStatement', statement.id, page);
  }
}
