import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { ORGANISATION_KINDS, OrganisationKind } from '../../domain';
import { NamedAnnotation } from './named-annotation';
import { IsEntityId } from './validators';
import type { OrganisationFormat } from './annotation-format';

export class OrganisationAnnotation extends NamedAnnotation implements OrganisationFormat {
  @IsEntityId('organisation')
  id!: string;

  @IsOptional()
  @IsIn(ORGANISATION_KINDS, { message: `kind must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind?: OrganisationKind;

  @IsOptional()
  @IsEntityId('organisation')
  parent?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  description?: string;
}
