import { IsArray, IsOptional, IsString, MinLength } from 'class-validator';
import { EvidenceQuote } from './evidence-quote';
import { EvidenceList } from './validators';
import type { NamedFormat } from './annotation-format';
import { DraftConfidence } from './draft-confidence';

/**
 * Fields shared by places, people and organisations, which several articles may annotate
 * under one id. `name` may be left out where another article gives it.
 */
export abstract class NamedAnnotation implements NamedFormat {
  abstract id: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  name?: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  aliases?: string[];

  /**
   * Names of this entity (its name or aliases) that another entity bears too: the corpus check
   * that no two entities share a name lets these through (seeds/README.md, "Aliases").
   */
  @IsOptional()
  @IsArray({ message: "ambiguousAliases must be a list of this entity's names that another entity also bears" })
  @IsString({ each: true, message: "ambiguousAliases must be a list of this entity's names that another entity also bears" })
  @MinLength(1, { each: true })
  ambiguousAliases?: string[];

  @EvidenceList()
  mentions!: EvidenceQuote[];

  /** How sure a machine draft is of this entry, 0 to 1 (seeds/README.md, "Machine drafts"). */
  @DraftConfidence()
  confidence?: number;
}
