import { IsOptional } from 'class-validator';
import { NamedAnnotation } from './named-annotation';
import { IsEntityId } from './validators';

export class PlaceAnnotation extends NamedAnnotation {
  @IsEntityId('place')
  id!: string;

  @IsOptional()
  @IsEntityId('organisation')
  country?: string;
}
