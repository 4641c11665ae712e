import { IsOptional, IsString, MinLength } from 'class-validator';
import { EvidenceQuote } from './evidence-quote';
import { EvidenceList, IsEntityId } from './validators';

export class AffiliationAnnotation {
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
