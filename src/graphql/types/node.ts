import { Arg, Ctx, Field, ID, InterfaceType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { typeNameOf } from '../type-names';

@InterfaceType('Node', {
  description: 'Anything with a global id; `node(id:)` fetches any of them.',
  resolveType: (value: { id: string }) => typeNameOf(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'The global id, stable across restarts: "person:yerlan-karin", "organisation:osce", …' })
  id!: string;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by its global id; null when there is none.' })
  node(@Arg('id', () => ID, { description: 'A global id, e.g. "person:gyorgy-szabo".' }) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.entity.load(id);
  }
}
