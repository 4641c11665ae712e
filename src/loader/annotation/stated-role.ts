import { IsOptional, IsString, MinLength } from 'class-validator';
import { EvidenceQuote } from './evidence-quote';
import { EvidenceList } from './validators';
import { DraftConfidence } from './draft-confidence';

/** A part someone has, as a source states it: the role in the source's words, and where it says so (an affiliation, a participation). */
export abstract class StatedRole {
  @IsOptional()
  @IsString()
  @MinLength(1)
  role?: string;

  @EvidenceList()
  evidence!: EvidenceQuote[];

  /** How sure a machine draft is of this entry, 0 to 1 (seeds/README.md, "Machine drafts"). */
  @DraftConfidence()
  confidence?: number;
}
