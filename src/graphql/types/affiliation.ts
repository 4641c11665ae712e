import { Args, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { Evidence } from './evidence';
import { Organisation } from './organisation';
import { Person } from './person';

@ObjectType({ simpleResolvers: true, description: 'A person\'s role in an organisation, as a source states it.' })
export class Affiliation {
  @Field(() => String, { nullable: true, description: 'The role as the source gives it, e.g. "Head", "Deputy Foreign Minister".' })
  role?: string;
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => [Evidence], { description: firstOf('Where the sources state the role.') })
  evidence(@Root() affiliation: domain.Affiliation, @Args() list: ListArgs) {
    return firstItems(affiliation.evidence, list);
  }

  @FieldResolver(() => Person, { description: 'The person who holds the role.' })
  person(@Root() affiliation: domain.Affiliation, @Ctx() { loaders }: GraphQLContext) {
    return loaders.person.load(affiliation.personId);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the role is in.' })
  organisation(@Root() affiliation: domain.Affiliation, @Ctx() { loaders }: GraphQLContext) {
    return loaders.organisation.load(affiliation.organisationId);
  }
}
