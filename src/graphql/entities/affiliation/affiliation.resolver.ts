import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import { type GraphQLContext, loadersFor } from '../../context';
import { firstItems, firstOf, ListArgs } from '../../pagination/list-args';
import { Evidence } from '../../values/evidence.type';
import { Organisation } from '../organisation/organisation.type';
import { Person } from '../person/person.type';
import { Affiliation } from './affiliation.type';

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => [Evidence], { description: firstOf('Where the sources state the role.') })
  evidence(@Root() affiliation: domain.Affiliation, @Args() list: ListArgs) {
    return firstItems(affiliation.evidence, list);
  }

  @FieldResolver(() => Person, { description: 'The person who holds the role.' })
  person(@Root() affiliation: domain.Affiliation, @Ctx() context: GraphQLContext) {
    return loadersFor(context, affiliation).person.load(affiliation.personId);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the role is in.' })
  organisation(@Root() affiliation: domain.Affiliation, @Ctx() context: GraphQLContext) {
    return loadersFor(context, affiliation).organisation.load(affiliation.organisationId);
  }
}
