import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { TEXT_FILTER_MAX, textFilterTooLong } from '../../inputs/text-filter';

@InputType({ description: 'Which places to list. Every field given must match.' })
export class PlaceFilter {
  @Field({
    nullable: true,
    description: 'Part of the name or an alias, in any common romanisation; case and accents do not matter ("Nur Sultan" finds Astana).',
  })
  @IsOptional()
  @MaxLength(TEXT_FILTER_MAX, { message: textFilterTooLong })
  name?: string;
}
