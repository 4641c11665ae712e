import { Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import * as domain from '../../domain';
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

@Resolver(() => PartialDate)
export class PartialDateResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'ISO 8601 at the known precision ("2017-06-09", "2018-01", "2020"); null without a year.',
  })
  iso(@Root() date: domain.PartialDate): string | null {
    return domain.isoOf(date);
  }

  @FieldResolver(() => Boolean, { description: 'True when part of the date (usually the year) was inferred, not stated by the source.' })
  inferred(@Root() date: domain.PartialDate): boolean {
    return date.inferredBecause !== undefined;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why part of the date was inferred; null when nothing was.' })
  inferredBecause(@Root() date: domain.PartialDate): string | null {
    return date.inferredBecause ?? null;
  }
}
