import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { Node } from './node.type';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by its global id; null when there is none.' })
  node(@Arg('id', () => ID, { description: 'A global id, e.g. "person:gyorgy-szabo".' }) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.entity.load(id);
  }
}
