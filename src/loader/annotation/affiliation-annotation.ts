import { IsOptional, IsString, MinLength } from 'class-validator';
import { EvidenceQuote } from './evidence-quote';
import { EvidenceList, IsEntityId } from './validators';
import type { AffiliationFormat } from './annotation-format';

export class AffiliationAnnotation implements AffiliationFormat {
  @IsEntityId('person')
  person!: string;

  @IsEntityId('organisation')
  organisation!: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  role?: string;

  @EvidenceList()
  evidence!: EvidenceQuote[];
}
