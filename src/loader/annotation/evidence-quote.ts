import { IsInt, IsOptional, IsString, Min, MinLength } from 'class-validator';

/** One quote of the article; `occurrence` (1-based) picks among repeated words. */
export class EvidenceQuote {
  @IsString()
  @MinLength(1)
  quote!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  occurrence?: number;
}
