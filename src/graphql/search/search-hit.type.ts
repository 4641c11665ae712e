import { Field, Float, ObjectType } from 'type-graphql';
import { SearchResult } from '../abstract/search-result.type';

@ObjectType({ simpleResolvers: true, description: 'One ranked result of a full-text search.' })
export class SearchHit {
  @Field(() => Float, { description: 'Higher is better; hits come best first.' })
  score!: number;

  @Field(() => SearchResult, { description: 'What was found.' })
  node!: unknown;

  @Field(() => String, { nullable: true, description: 'The matching passage, for display.' })
  snippet?: string;
}
