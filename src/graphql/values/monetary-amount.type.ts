import { Directive, Field, Float, ObjectType } from 'type-graphql';

// A value type other subgraphs may define too: it composes when both mark it shareable.
@Directive('@shareable')
@ObjectType({ simpleResolvers: true, description: 'A sum of money as a source states it.' })
export class MonetaryAmount {
  @Field(() => Float, { description: 'The amount in units of `currency`, e.g. 300000.' })
  value!: number;

  @Field({ description: 'ISO 4217 code, e.g. "USD", "KZT".' })
  currency!: string;

  @Field({ description: 'The words of the source, e.g. "$300,000".' })
  text!: string;
}
