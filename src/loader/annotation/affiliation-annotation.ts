import type { AffiliationFormat } from './annotation-format';
import { StatedRole } from './stated-role';
import { IsEntityId } from './validators';

export class AffiliationAnnotation extends StatedRole implements AffiliationFormat {
  @IsEntityId('person')
  person!: string;

  @IsEntityId('organisation')
  organisation!: string;
}
