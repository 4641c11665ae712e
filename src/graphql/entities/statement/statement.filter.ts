import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ACTOR_TYPES, IsEntityId } from '../../../domain';
import { TEXT_FILTER_MAX, textFilterTooLong } from '../../inputs/text-filter';

@InputType({ description: 'Which statements to list. Every field given must match.' })
export class StatementFilter {
  @Field(() => ID, { nullable: true, description: 'Only statements by this person or organisation.' })
  @IsOptional()
  @IsEntityId(ACTOR_TYPES)
  speakerId?: string;

  @Field(() => ID, { nullable: true, description: 'Only statements made at this event.' })
  @IsOptional()
  @IsEntityId('event')
  eventId?: string;

  @Field(() => ID, { nullable: true, description: 'Only statements this article reports.' })
  @IsOptional()
  @IsEntityId('source')
  sourceId?: string;

  @Field({
    nullable: true,
    description:
      'Words the statement contains; case, accents, quotation marks, hyphens inside words ("cooperation" finds "co-operation") and runs of spaces do not matter.',
  })
  @IsOptional()
  @MaxLength(TEXT_FILTER_MAX, { message: textFilterTooLong })
  text?: string;
}
