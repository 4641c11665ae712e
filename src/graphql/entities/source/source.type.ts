import { Directive, Field, ObjectType } from 'type-graphql';
import type * as domain from '../../../domain';
import { Node } from '../../abstract/node.type';
import { connectionType } from '../../pagination/connection';
import { ReviewStatusEnum } from '../../values/enums';
import { PartialDate } from '../../values/partial-date.type';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article of the corpus: where every fact comes from.' })
export class Source extends Node {
  @Field({ description: 'The headline.' })
  title!: string;

  @Field({ description: 'The file under seeds/ that holds the article.' })
  seedFile!: string;

  @Field({ description: 'The whole article. Evidence offsets count UTF-16 code units of this text.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where the article was published, when known.' })
  url?: string;

  @Field(() => PartialDate, { nullable: true, description: 'When the article was published, at the precision known.' })
  publishedAt?: domain.PartialDate;

  @Field(() => String, { nullable: true, description: 'BCP 47 language tag of the text, e.g. "en".' })
  language?: string;

  @Field(() => ReviewStatusEnum, { description: "Whether a person has reviewed the article's annotation (every seed article) or it is a machine draft." })
  review!: domain.ReviewStatus;
}

export const SourceConnection = connectionType('Source', () => Source, 'sources');
