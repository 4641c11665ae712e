import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ACTOR_TYPES, IsEntityId } from '../../domain';
import type { TimelineItemKind as TimelineItemKindValue, TimeUnit as TimeUnitValue } from '../../repository';
import { MAX_TIMELINE_PERIODS, TIME_UNITS, TIMELINE_ITEM_KINDS } from '../../repository';
import { typeNameOf } from '../abstract/type-name';
import { Commitment } from '../entities/commitment/commitment.type';
import { IsIsoPartialDate } from '../inputs/iso-partial-date';
import { Event } from '../entities/event/event.type';
import { Statement } from '../entities/statement/statement.type';
import { DEFAULT_PAGE_SIZE, IsPageSize, MAX_PAGE_SIZE } from '../pagination/page-args';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const TimeUnitEnum = enumOf(TIME_UNITS);
export const TimelineItemKindEnum = enumOf(TIMELINE_ITEM_KINDS);

registerEnumType(TimeUnitEnum, {
  name: 'TimeUnit',
  description: "The unit of a timeline's periods.",
  valuesConfig: {
    YEAR: { description: 'Years: "2017".' },
    QUARTER: { description: 'Quarters of a year: "2017-Q2".' },
    MONTH: { description: 'Months: "2017-06".' },
    DAY: { description: 'Days: "2017-06-08".' },
  },
});

registerEnumType(TimelineItemKindEnum, {
  name: 'TimelineItemKind',
  description: 'What a timeline places: events (when held), statements (when said), commitments (when made).',
  valuesConfig: {
    EVENT: { description: 'Events, when they began.' },
    STATEMENT: { description: "Statements, on their date, else their event's." },
    COMMITMENT: { description: "Commitments, on their statement's date, else their event's." },
  },
});

export const TimelineItem = createUnionType({
  name: 'TimelineItem',
  description: 'What a timeline places: an event, a statement or a commitment.',
  types: () => [Event, Statement, Commitment] as const,
  resolveType: (value: { id: string }) => typeNameOf(value),
});

@InputType({ description: 'Which items a timeline places; everything dated when not given.' })
export class TimelineFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this actor organised, took part in, said, or committed to or benefits from.' })
  @IsOptional()
  @IsEntityId(ACTOR_TYPES)
  actorId?: string;

  @Field(() => [TimelineItemKindEnum], { nullable: true, description: 'Only these kinds; all when omitted.' })
  @IsOptional()
  @ArrayMaxSize(TIMELINE_ITEM_KINDS.length, { message: `kinds lists each of ${TIMELINE_ITEM_KINDS.join(', ')} at most once` })
  kinds?: TimelineItemKindValue[];

  @Field({ nullable: true, description: 'An ISO range, as in EventFilter.' })
  @IsOptional()
  @IsIsoPartialDate()
  from?: string;

  @Field({ nullable: true, description: 'The range ends at the last day of this date: "2010" is 2010-12-31.' })
  @IsOptional()
  @IsIsoPartialDate()
  to?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'False leaves out items whose date was partly inferred.' })
  includeInferred?: boolean;
}

/** `first` of a bucket's items: a page's bounds (PAGE_SIZE), as the cost model counts them. */
@ArgsType()
export class TimelineItemsArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many of the period's items to return, in date order, from 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when not given.`,
  })
  @IsPageSize()
  first?: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'One period and what is dated in it.' })
export class TimelineBucket {
  @Field({ description: 'ISO 8601 at the period\'s unit: "2017", "2017-Q2", "2017-06", "2017-06-08".' })
  period!: string;

  @Field(() => TimeUnitEnum, { description: "The unit of this period: the timeline's, or for a coarser bucket, the precision its items are known to." })
  unit!: TimeUnitValue;

  @Field(() => Int, { description: 'How many items are dated in the period.' })
  count!: number;

  @Field(() => Int, { description: 'How many of them have a partly inferred date.' })
  inferred!: number;
}

@ObjectType({ simpleResolvers: true, description: `What is dated when: at most ${MAX_TIMELINE_PERIODS} periods, each with what is dated in it.` })
export class Timeline {
  @Field(() => TimeUnitEnum, { description: "The unit of the timeline's periods." })
  unit!: TimeUnitValue;

  @Field(() => [TimelineBucket], {
    description: "Every period from the first dated item to the last (or over the filter's range), in order, empty ones with count 0.",
  })
  buckets!: TimelineBucket[];

  @Field(() => [TimelineBucket], {
    description:
      'Items dated less precisely than the unit (a month alone on a daily timeline), in their own coarser period: never placed on its first day or month.',
  })
  coarser!: TimelineBucket[];

  @Field(() => Int, { description: 'How many items have no known year ("26 October"): they belong on no timeline.' })
  undated!: number;
}
