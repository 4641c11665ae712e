import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../../abstract/node.type';
import { connectionType } from '../../pagination/connection';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person the articles name.' })
export class Person extends Node {
  @Field({ description: 'The full name, as the sources most fully give it.' })
  name!: string;

  @Field(() => [String], { description: 'Other spellings the sources use, misspellings included (e.g. "Abykyev").' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Who the person is, as the sources describe them, e.g. "Taraz political scientist".' })
  description?: string;
}

export const PersonConnection = connectionType('Person', () => Person, 'people');
