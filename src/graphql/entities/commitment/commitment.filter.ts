import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { CommitmentKind } from '../../../domain';
import { IsEntityId } from '../../../domain';
import { CommitmentKindEnum } from '../../values/enums';

@InputType({ description: 'Which commitments to list. Every field given must match.' })
export class CommitmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only commitments this person or organisation made.' })
  @IsOptional()
  @IsEntityId(['person', 'organisation'])
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only commitments to or for the benefit of this person or organisation.' })
  @IsOptional()
  @IsEntityId(['person', 'organisation'])
  beneficiaryId?: string;

  @Field(() => CommitmentKindEnum, { nullable: true, description: 'Only commitments of this kind.' })
  kind?: CommitmentKind;

  @Field(() => ID, { nullable: true, description: 'Only commitments made at this event.' })
  @IsOptional()
  @IsEntityId('event')
  eventId?: string;
}
