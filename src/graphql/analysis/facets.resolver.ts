import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { CommitmentConnection } from '../entities/commitment/commitment.type';
import { EventConnection } from '../entities/event/event.type';
import { StatementConnection } from '../entities/statement/statement.type';
import type { Connection } from '../pagination/connection';
import { CommitmentFacets, DEFAULT_FACET_TOP, EventFacets, FacetArgs, MoneyTotal, StatementFacets } from './facets.type';

// Every connection, of a root list or of a relation, keeps the whole list its page is cut from
// (toConnection): facets and totals count that list, without filtering again.

@Resolver(() => EventConnection)
export class EventFacetsResolver {
  @FieldResolver(() => EventFacets, { description: 'Counts over the whole filtered list, not the page: at most `top` values per facet, most frequent first.' })
  facets(@Root() connection: Connection<domain.Event>, @Args() { top }: FacetArgs, @Ctx() { repository }: GraphQLContext) {
    return repository.facets('events', connection.items, top ?? DEFAULT_FACET_TOP);
  }
}

@Resolver(() => StatementConnection)
export class StatementFacetsResolver {
  @FieldResolver(() => StatementFacets, {
    description: 'Counts over the whole filtered list, not the page: at most `top` values per facet, most frequent first.',
  })
  facets(@Root() connection: Connection<domain.Statement>, @Args() { top }: FacetArgs, @Ctx() { repository }: GraphQLContext) {
    return repository.facets('statements', connection.items, top ?? DEFAULT_FACET_TOP);
  }
}

@Resolver(() => CommitmentConnection)
export class CommitmentFacetsResolver {
  @FieldResolver(() => CommitmentFacets, {
    description: 'Counts over the whole filtered list, not the page: at most `top` values per facet, most frequent first.',
  })
  facets(@Root() connection: Connection<domain.Commitment>, @Args() { top }: FacetArgs, @Ctx() { repository }: GraphQLContext) {
    return repository.facets('commitments', connection.items, top ?? DEFAULT_FACET_TOP);
  }

  @FieldResolver(() => [MoneyTotal], { description: 'The money of the whole filtered list, one total per currency: currencies are never added together.' })
  totals(@Root() connection: Connection<domain.Commitment>, @Ctx() { repository }: GraphQLContext) {
    return repository.moneyTotals(connection.items);
  }
}
