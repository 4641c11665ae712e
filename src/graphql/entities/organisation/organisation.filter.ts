import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { OrganisationKind } from '../../../domain';
import { OrganisationKindEnum } from '../../values/enums';
import { TEXT_FILTER_MAX, textFilterTooLong } from '../../inputs/text-filter';

@InputType({ description: 'Which organisations to list. Every field given must match.' })
export class OrganisationFilter {
  @Field({
    nullable: true,
    description: 'Part of the name or an alias (acronyms too: "OSCE", "KNB"), in any common romanisation; case and accents do not matter.',
  })
  @IsOptional()
  @MaxLength(TEXT_FILTER_MAX, { message: textFilterTooLong })
  name?: string;

  @Field(() => OrganisationKindEnum, { nullable: true, description: 'Only organisations of this kind.' })
  kind?: OrganisationKind;
}
