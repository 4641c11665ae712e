import { IsArray, IsOptional } from 'class-validator';
import { AffiliationAnnotation } from './affiliation-annotation';
import { CommitmentAnnotation } from './commitment-annotation';
import { EventAnnotation } from './event-annotation';
import { OrganisationAnnotation } from './organisation-annotation';
import { PersonAnnotation } from './person-annotation';
import { PlaceAnnotation } from './place-annotation';
import { SourceAnnotation } from './source-annotation';
import { StatementAnnotation } from './statement-annotation';
import { Nested } from './validators';

/** The annotation file of one article: everything it says, each fact with its evidence. */
export class ArticleAnnotation {
  @Nested(() => SourceAnnotation)
  source!: SourceAnnotation;

  @IsOptional()
  @IsArray()
  @Nested(() => PlaceAnnotation, { each: true })
  places?: PlaceAnnotation[];

  @IsOptional()
  @IsArray()
  @Nested(() => PersonAnnotation, { each: true })
  people?: PersonAnnotation[];

  @IsOptional()
  @IsArray()
  @Nested(() => OrganisationAnnotation, { each: true })
  organisations?: OrganisationAnnotation[];

  @IsOptional()
  @IsArray()
  @Nested(() => AffiliationAnnotation, { each: true })
  affiliations?: AffiliationAnnotation[];

  @IsOptional()
  @IsArray()
  @Nested(() => EventAnnotation, { each: true })
  events?: EventAnnotation[];

  @IsOptional()
  @IsArray()
  @Nested(() => StatementAnnotation, { each: true })
  statements?: StatementAnnotation[];

  @IsOptional()
  @IsArray()
  @Nested(() => CommitmentAnnotation, { each: true })
  commitments?: CommitmentAnnotation[];
}
