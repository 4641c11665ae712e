import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '../../../domain';
import { TEXT_FILTER_MAX, textFilterTooLong } from '../../inputs/text-filter';

@InputType({ description: 'Which people to list. Every field given must match.' })
export class PersonFilter {
  @Field({
    nullable: true,
    description:
      'Part of the name or an alias, in any common romanisation ("Abykaev" finds Abykayev); case, accents and typographic quotes do not matter ("gyorgy szabo").',
  })
  @IsOptional()
  @MaxLength(TEXT_FILTER_MAX, { message: textFilterTooLong })
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Only people affiliated with this organisation or any organisation under it.' })
  @IsOptional()
  @IsEntityId('organisation')
  organisationId?: string;
}
