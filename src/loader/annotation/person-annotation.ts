import { IsOptional, IsString, MinLength } from 'class-validator';
import { NamedAnnotation } from './named-annotation';
import { IsEntityId } from './validators';
import type { PersonFormat } from './annotation-format';

export class PersonAnnotation extends NamedAnnotation implements PersonFormat {
  @IsEntityId('person')
  id!: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  description?: string;
}
