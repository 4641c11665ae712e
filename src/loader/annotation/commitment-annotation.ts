import { IsArray, IsIn, IsNumber, IsOptional, IsString, Matches, Min, MinLength } from 'class-validator';
import { COMMITMENT_KINDS, CommitmentKind } from '../../domain';
import { EvidenceQuote } from './evidence-quote';
import { PartialDateAnnotation } from './partial-date-annotation';
import { EvidenceList, IsEntityId, Nested } from './validators';
import type { CommitmentFormat, MonetaryAmountFormat } from './annotation-format';
import { DraftConfidence } from './draft-confidence';

export class MonetaryAmountAnnotation implements MonetaryAmountFormat {
  @IsNumber({}, { message: 'value must be a number, e.g. 300000 for "$300,000"' })
  @Min(0)
  value!: number;

  @IsString({ message: 'currency is missing: give the ISO 4217 code, e.g. USD or KZT' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code of three capital letters, e.g. USD or KZT' })
  currency!: string;

  /** The article's words; the loader checks they lie inside the commitment's evidence. */
  @IsString()
  @MinLength(1)
  text!: string;
}

export class CommitmentAnnotation implements CommitmentFormat {
  @IsEntityId('commitment')
  id!: string;

  @IsIn(COMMITMENT_KINDS, { message: `kind must be one of ${COMMITMENT_KINDS.join(', ')}` })
  kind!: CommitmentKind;

  @IsString()
  @MinLength(1)
  description!: string;

  @IsArray()
  @IsEntityId(['person', 'organisation'], { each: true })
  actors!: string[];

  @IsOptional()
  @IsArray()
  @IsEntityId(['person', 'organisation'], { each: true })
  beneficiaries?: string[];

  @IsOptional()
  @IsArray()
  @Nested(() => MonetaryAmountAnnotation, { each: true })
  amounts?: MonetaryAmountAnnotation[];

  @IsOptional()
  @Nested(() => PartialDateAnnotation)
  dueDate?: PartialDateAnnotation;

  @IsOptional()
  @IsEntityId('event')
  event?: string;

  @IsOptional()
  @IsEntityId('statement')
  statement?: string;

  @EvidenceList()
  evidence!: EvidenceQuote[];

  /** How sure a machine draft is of this entry, 0 to 1 (seeds/README.md, "Machine drafts"). */
  @DraftConfidence()
  confidence?: number;
}
