import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A span of a source text that supports a fact: `source.text.slice(start, end) == quote`.' })
export class Evidence {
  @Field(() => Int, { description: 'Where the quote starts: 0-based, in UTF-16 code units of `Source.text`.' })
  start!: number;

  @Field(() => Int, { description: 'Where the quote ends (exclusive).' })
  end!: number;

  @Field({ description: 'The exact words of the source.' })
  quote!: string;
}
