import { IsArray, IsIn, IsOptional } from 'class-validator';
import { AffiliationAnnotation } from './affiliation-annotation';
import { CommitmentAnnotation } from './commitment-annotation';
import { EventAnnotation } from './event-annotation';
import { OrganisationAnnotation } from './organisation-annotation';
import { PersonAnnotation } from './person-annotation';
import { PlaceAnnotation } from './place-annotation';
import { SourceAnnotation } from './source-annotation';
import { StatementAnnotation } from './statement-annotation';
import { A_LIST, Nested } from './validators';
import type { ArticleAnnotationFormat } from './annotation-format';

/** The values of `review`, as annotation files write them. */
export const REVIEW_VALUES = ['reviewed', 'draft'] as const;
export type ReviewValue = (typeof REVIEW_VALUES)[number];

/** The annotation file of one article: everything it says, each fact with its evidence. */
export class ArticleAnnotation implements ArticleAnnotationFormat {
  /** `reviewed` (a person wrote or checked it; the default) or `draft` (a machine draft nobody has reviewed yet). */
  @IsOptional()
  @IsIn(REVIEW_VALUES, { message: 'review must be reviewed (a person has checked the annotation) or draft (a machine draft); leave it out for reviewed' })
  review?: ReviewValue;

  @Nested(() => SourceAnnotation)
  source!: SourceAnnotation;

  @IsOptional()
  @IsArray(A_LIST)
  @Nested(() => PlaceAnnotation, { each: true })
  places?: PlaceAnnotation[];

  @IsOptional()
  @IsArray(A_LIST)
  @Nested(() => PersonAnnotation, { each: true })
  people?: PersonAnnotation[];

  @IsOptional()
  @IsArray(A_LIST)
  @Nested(() => OrganisationAnnotation, { each: true })
  organisations?: OrganisationAnnotation[];

  @IsOptional()
  @IsArray(A_LIST)
  @Nested(() => AffiliationAnnotation, { each: true })
  affiliations?: AffiliationAnnotation[];

  @IsOptional()
  @IsArray(A_LIST)
  @Nested(() => EventAnnotation, { each: true })
  events?: EventAnnotation[];

  @IsOptional()
  @IsArray(A_LIST)
  @Nested(() => StatementAnnotation, { each: true })
  statements?: StatementAnnotation[];

  @IsOptional()
  @IsArray(A_LIST)
  @Nested(() => CommitmentAnnotation, { each: true })
  commitments?: CommitmentAnnotation[];
}
