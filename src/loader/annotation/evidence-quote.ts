import { IsInt, IsOptional, IsString, Min, MinLength } from 'class-validator';
import type { EvidenceQuoteFormat } from './annotation-format';

/** One quote of the article; `occurrence` (1-based) picks among repeated words. */
export class EvidenceQuote implements EvidenceQuoteFormat {
  @IsString()
  @MinLength(1)
  quote!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  occurrence?: number;
}
