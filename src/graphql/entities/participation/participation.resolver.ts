import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import { Actor } from '../../abstract/actor.type';
import { type GraphQLContext, loadersFor } from '../../context';
import { firstItems, firstOf, ListArgs } from '../../pagination/list-args';
import { Evidence } from '../../values/evidence.type';
import { Participation } from './participation.type';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => [Evidence], { description: firstOf('Where the source says so.') })
  evidence(@Root() participation: domain.Participation, @Args() list: ListArgs) {
    return firstItems(participation.evidence, list);
  }

  @FieldResolver(() => Actor, { description: 'The person or organisation taking part.' })
  actor(@Root() participation: domain.Participation, @Ctx() context: GraphQLContext) {
    return loadersFor(context, participation).actor.load(participation.actorId);
  }
}
