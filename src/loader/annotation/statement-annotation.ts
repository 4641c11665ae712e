import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { ATTRIBUTION_BASES, AttributionBasis, STATEMENT_KINDS, StatementKind } from '../../domain';
import { EvidenceQuote } from './evidence-quote';
import { PartialDateAnnotation } from './partial-date-annotation';
import { EvidenceItem, EvidenceList, IsEntityId, Nested } from './validators';
import type { AttributionFormat, StatementFormat } from './annotation-format';
import { DraftConfidence } from './draft-confidence';

/** How the article attributes a statement (seeds/README.md, "Attribution"). */
export class AttributionAnnotation implements AttributionFormat {
  @IsIn(ATTRIBUTION_BASES, {
    message:
      'basis must be NAMED (the article names the speaker), ROLE_ONLY (it gives only a role or a body: "a ministry spokesman", "experts") or UNNAMED (it does not say who spoke)',
  })
  basis!: AttributionBasis;

  /** The intermediary the article cites for second-hand words: "a UN summary", "the UN". */
  @IsOptional()
  @IsString({ message: 'via must be the words that name the intermediary, e.g. "a UN summary"' })
  @MinLength(1, { message: 'via must be the words that name the intermediary, e.g. "a UN summary"' })
  via?: string;

  /** The attributing words, quoted exactly ("said György Szabó"); the loader locates them like evidence. */
  @IsOptional()
  @EvidenceItem()
  cue?: EvidenceQuote;
}

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

  /** When it was said, where the article gives it ("in May"). */
  @IsOptional()
  @Nested(() => PartialDateAnnotation)
  date?: PartialDateAnnotation;

  @Nested(() => AttributionAnnotation)
  attribution!: AttributionAnnotation;

  @EvidenceList()
  evidence!: EvidenceQuote[];

  /** How sure a machine draft is of this entry, 0 to 1 (seeds/README.md, "Machine drafts"). */
  @DraftConfidence()
  confidence?: number;
}
