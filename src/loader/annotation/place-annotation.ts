import { IsOptional } from 'class-validator';
import { NamedAnnotation } from './named-annotation';
import { IsEntityId } from './validators';
import type { PlaceFormat } from './annotation-format';

export class PlaceAnnotation extends NamedAnnotation implements PlaceFormat {
  @IsEntityId('place')
  id!: string;

  @IsOptional()
  @IsEntityId('organisation')
  country?: string;
}
