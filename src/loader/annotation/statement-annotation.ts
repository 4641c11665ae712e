import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { STATEMENT_KINDS, StatementKind } from '../../domain';
import { EvidenceQuote } from './evidence-quote';
import { PartialDateAnnotation } from './partial-date-annotation';
import { EvidenceList, IsEntityId, Nested } from './validators';
import type { StatementFormat } from './annotation-format';

export class StatementAnnotation implements StatementFormat {
  @IsEntityId('statement')
  id!: string;

  @IsIn(STATEMENT_KINDS, { message: `kind must be one of ${STATEMENT_KINDS.join(', ')}` })
  kind!: StatementKind;

  /** The words as the article gives them; the loader checks they occur in it. */
  @IsString()
  @MinLength(1)
  text!: string;

  @IsOptional()
  @IsEntityId(['person', 'organisation'])
  speaker?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  speakerRole?: string;

  @IsOptional()
  @IsEntityId('event')
  event?: string;

  @IsOptional()
  @Nested(() => PartialDateAnnotation)
  date?: PartialDateAnnotation;

  @EvidenceList()
  evidence!: EvidenceQuote[];
}
