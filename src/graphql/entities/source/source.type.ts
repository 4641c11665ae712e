import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../../abstract/node.type';
import { connectionType } from '../../pagination/connection';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article of the corpus: where every fact comes from.' })
export class Source extends Node {
  @Field({ description: 'The headline.' })
  title!: string;

  @Field({ description: 'The file under seeds/ that holds the article.' })
  seedFile!: string;

  @Field({ description: 'The whole article. Evidence offsets count UTF-16 code units of this text.' })
  text!: string;
}

export const SourceConnection = connectionType('Source', () => Source, 'sources');
