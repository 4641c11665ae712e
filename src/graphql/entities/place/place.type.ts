import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../../abstract/node.type';
import { connectionType } from '../../pagination/connection';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A city or province where events take place.' })
export class Place extends Node {
  @Field({ description: 'The name, e.g. "Astana".' })
  name!: string;

  @Field(() => [String], { description: 'Former and later names and other spellings (e.g. "Nur-Sultan" for Astana).' })
  aliases!: string[];
}

export const PlaceConnection = connectionType('Place', () => Place, 'places');
