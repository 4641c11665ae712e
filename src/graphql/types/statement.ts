import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { connectionType, toConnection } from '../pagination/connection';
import { givenFields } from './filter-values';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { PageArgs } from '../pagination/page-args';
import { Actor } from './actor';
import { CommitmentConnection } from './commitment';
import { StatementKindEnum } from './enums';
import { Event } from './event';
import { Evidence } from './evidence';
import { Node } from './node';
import { PartialDate } from './partial-date';
import { Source } from './source';
import { StatementFilter } from './statement-filter';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'Something said: a direct quotation, or a statement the source reports.' })
export class Statement extends Node {
  @Field({ description: 'The words as the source gives them: the quotation itself, or the reported content.' })
  text!: string;

  @Field(() => StatementKindEnum, { description: 'Quoted or reported.' })
  kind!: domain.StatementKind;

  @Field(() => String, { nullable: true, description: 'The speaker\'s role as the source gives it at the time of speaking.' })
  speakerRole?: string;

  @Field(() => PartialDate, { nullable: true, description: 'When it was said, where the source says and no event dates it.' })
  date?: domain.PartialDate;
}

export const StatementConnection = connectionType('Statement', () => Statement, 'statements');

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: 'A statement by id; null when there is none.' })
  statement(@Arg('id', () => ID, { description: 'The statement\'s id.' }) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.statement.load(id);
  }

  @Query(() => StatementConnection, { description: 'Statements in the order the articles tell them, filtered and paged.' })
  statements(
    @Arg('filter', () => StatementFilter, { nullable: true, description: 'Which statements; all when not given.' })
    filter: StatementFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() { repository }: GraphQLContext,
  ) {
    return toConnection(repository.findStatements(givenFields(filter)), page);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who spoke; null when the source does not say.' })
  async speaker(@Root() statement: domain.Statement, @Ctx() { loaders }: GraphQLContext) {
    return statement.speakerId ? loaders.actor.load(statement.speakerId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where it was said, where the source says.' })
  async event(@Root() statement: domain.Statement, @Ctx() { loaders }: GraphQLContext) {
    return statement.eventId ? loaders.event.load(statement.eventId) : null;
  }

  @FieldResolver(() => [Evidence], { description: firstOf('The span of the source with the statement and its attribution.') })
  evidence(@Root() statement: domain.Statement, @Args() list: ListArgs) {
    return firstItems(statement.evidence, list);
  }

  @FieldResolver(() => Source, { description: 'The article that reports it.' })
  source(@Root() statement: domain.Statement, @Ctx() { loaders }: GraphQLContext) {
    return loaders.source.load(statement.sourceId);
  }

  @FieldResolver(() => CommitmentConnection, { description: 'Commitments made in this statement.' })
  async commitments(@Root() statement: domain.Statement, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.commitmentsByStatement.load(statement.id), page);
  }
}
