import { IsOptional, IsString, MinLength } from 'class-validator';
import { NamedAnnotation } from './named-annotation';
import { IsEntityId } from './validators';

export class PersonAnnotation extends NamedAnnotation {
  @IsEntityId('person')
  id!: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  description?: string;
}
