import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { CorpusRepository } from '../../repository';
import type { GraphQLContext } from '../context';
import { CommitmentConnection } from '../entities/commitment/commitment.type';
import { EventConnection } from '../entities/event/event.type';
import { StatementConnection } from '../entities/statement/statement.type';
import type { Connection } from '../pagination/connection';
import { CommitmentFacets, DEFAULT_FACET_TOP, EventFacets, FacetArgs, MoneyTotal, StatementFacets } from './facets.type';

// Every connection, of a root list or of a relation, keeps the whole list its page is cut from
// (toConnection): facets and totals count that list, without filtering again.

/** The view a list was read from (see CorpusRepository.viewOf): a whole list's counts are then those made at load, and labels the view's. */
const viewOfList = ({ repository }: GraphQLContext, items: readonly object[]): CorpusRepository =>
  items.length > 0 ? repository.viewOf(items[0]!) : repository;

@Resolver(() => EventConnection)
export class EventFacetsResolver {
  @FieldResolver(() => EventFacets, { description: 'Counts over the whole filtered list, not the page: at most `top` values per facet, most frequent first.' })
  facets(@Root() connection: Connection<domain.Event>, @Args() { top }: FacetArgs, @Ctx() context: GraphQLContext) {
    return viewOfList(context, connection.items).facets('events', connection.items, top ?? DEFAULT_FACET_TOP);
  }
}

@Resolver(() => StatementConnection)
export class StatementFacetsResolver {
  @FieldResolver(() => StatementFacets, {
    description: 'Counts over the whole filtered list, not the page: at most `top` values per facet, most frequent first.',
  })
  facets(@Root() connection: Connection<domain.Statement>, @Args() { top }: FacetArgs, @Ctx() context: GraphQLContext) {
    return viewOfList(context, connection.items).facets('statements', connection.items, top ?? DEFAULT_FACET_TOP);
  }
}

@Resolver(() => CommitmentConnection)
export class CommitmentFacetsResolver {
  @FieldResolver(() => CommitmentFacets, {
    description: 'Counts over the whole filtered list, not the page: at most `top` values per facet, most frequent first.',
  })
  facets(@Root() connection: Connection<domain.Commitment>, @Args() { top }: FacetArgs, @Ctx() context: GraphQLContext) {
    return viewOfList(context, connection.items).facets('commitments', connection.items, top ?? DEFAULT_FACET_TOP);
  }

  @FieldResolver(() => [MoneyTotal], { description: 'The money of the whole filtered list, one total per currency: currencies are never added together.' })
  totals(@Root() connection: Connection<domain.Commitment>, @Ctx() context: GraphQLContext) {
    return viewOfList(context, connection.items).moneyTotals(connection.items);
  }
}
