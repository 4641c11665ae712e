import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { CommitmentKind } from '../../../domain';
import { ACTOR_TYPES, IsEntityId } from '../../../domain';
import { CommitmentKindEnum } from '../../values/enums';

@InputType({ description: 'Which commitments to list. Every field given must match.' })
export class CommitmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only commitments this person or organisation made.' })
  @IsOptional()
  @IsEntityId(ACTOR_TYPES)
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only commitments to or for the benefit of this person or organisation.' })
  @IsOptional()
  @IsEntityId(ACTOR_TYPES)
  beneficiaryId?: string;

  @Field(() => CommitmentKindEnum, { nullable: true, description: 'Only commitments of this kind.' })
  kind?: CommitmentKind;

  @Field(() => ID, { nullable: true, description: 'Only commitments made at this event.' })
  @IsOptional()
  @IsEntityId('event')
  eventId?: string;
}
