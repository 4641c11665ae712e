import { IsOptional, IsString, MinLength } from 'class-validator';
import { EvidenceQuote } from './evidence-quote';
import { EvidenceList } from './validators';

/** A part someone has, as a source states it: the role in the source's words, and where it says so (an affiliation, a participation). */
export abstract class StatedRole {
  @IsOptional()
  @IsString()
  @MinLength(1)
  role?: string;

  @EvidenceList()
  evidence!: EvidenceQuote[];
}
