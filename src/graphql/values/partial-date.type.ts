import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type * as domain from '../../domain';
import { DatePrecisionEnum } from './enums';

// A value type other subgraphs may define too: it composes when both mark it shareable.
@Directive('@shareable')
@ObjectType({ simpleResolvers: true, description: 'A date with the precision the source gives it.' })
export class PartialDate {
  @Field({ description: 'The words of the source, e.g. "26 October" or "June 27-29".' })
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Null when the source does not state the year and none was inferred.' })
  year?: number;

  @Field(() => Int, { nullable: true, description: 'The month, 1 to 12; null when not given.' })
  month?: number;

  @Field(() => Int, { nullable: true, description: 'The day of the month; null when not given.' })
  day?: number;

  @Field(() => DatePrecisionEnum, { description: 'The finest part of the date the source gives.' })
  precision!: domain.DatePrecision;
}
