import { Field, ID, InterfaceType } from 'type-graphql';
import { typeNameOf } from './type-name';

@InterfaceType('Node', {
  description: 'Anything with a global id; `node(id:)` fetches any of them.',
  resolveType: (value: { id: string }) => typeNameOf(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'The global id, stable across restarts: "person:yerlan-karin", "organisation:osce", …' })
  id!: string;
}
