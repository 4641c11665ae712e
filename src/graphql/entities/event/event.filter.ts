import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ACTOR_TYPES, IsEntityId } from '../../../domain';
import type { EventFilter as RepositoryEventFilter } from '../../../repository';
import { givenFields } from '../../inputs/given-fields';
import { dayRangeOfIso, IsIsoPartialDate } from '../../inputs/iso-partial-date';
import { TEXT_FILTER_MAX, textFilterTooLong } from '../../inputs/text-filter';

@InputType({
  description:
    '`from`/`to` are ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); an event matches when its known dates overlap the range. Events whose year is unknown never match a date range.',
})
export class EventFilter {
  @Field({ nullable: true, description: "Part of the event's name, in any common romanisation; case and accents do not matter." })
  @IsOptional()
  @MaxLength(TEXT_FILTER_MAX, { message: textFilterTooLong })
  name?: string;

  @Field({ nullable: true, description: 'Part of the place\'s name, as the source gives it or by another name of the place ("Nur-Sultan" finds Astana).' })
  @IsOptional()
  @MaxLength(TEXT_FILTER_MAX, { message: textFilterTooLong })
  location?: string;

  @Field(() => ID, { nullable: true, description: 'Only events this organisation organised.' })
  @IsOptional()
  @IsEntityId('organisation')
  organiserId?: string;

  @Field(() => ID, { nullable: true, description: 'Only events this person or organisation took part in.' })
  @IsOptional()
  @IsEntityId(ACTOR_TYPES)
  participantId?: string;

  @Field({ nullable: true, description: 'The range starts at the first day of this date: "2017" is 2017-01-01.' })
  @IsOptional()
  @IsIsoPartialDate()
  from?: string;

  @Field({ nullable: true, description: 'The range ends at the last day of this date: "2017-06" is 2017-06-30.' })
  @IsOptional()
  @IsIsoPartialDate()
  to?: string;
}

/** The repository's filter: ISO dates become the first and last day they can mean. */
export function toRepositoryEventFilter(filter: EventFilter | undefined): RepositoryEventFilter {
  const { from, to, ...rest } = givenFields(filter);
  return { ...rest, dates: dayRangeOfIso(from, to) };
}
