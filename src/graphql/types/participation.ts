import { Args, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { Actor } from './actor';
import { Evidence } from './evidence';

@ObjectType({ simpleResolvers: true, description: 'An actor\'s part in an event.' })
export class Participation {
  @Field(() => String, { nullable: true, description: 'The part it played as the source tells it, e.g. "speaker", "host".' })
  role?: string;
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => [Evidence], { description: firstOf('Where the source says so.') })
  evidence(@Root() participation: domain.Participation, @Args() list: ListArgs) {
    return firstItems(participation.evidence, list);
  }

  @FieldResolver(() => Actor, { description: 'The person or organisation taking part.' })
  actor(@Root() participation: domain.Participation, @Ctx() { loaders }: GraphQLContext) {
    return loaders.actor.load(participation.actorId);
  }
}
