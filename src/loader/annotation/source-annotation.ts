import { IsArray, IsOptional, IsString, MinLength } from 'class-validator';
import { IsEntityId } from './validators';
import type { SourceFormat } from './annotation-format';

export class SourceAnnotation implements SourceFormat {
  @IsEntityId('source')
  id!: string;

  @IsString()
  @MinLength(1)
  title!: string;

  @IsOptional()
  @IsEntityId('organisation')
  publisher?: string;

  @IsOptional()
  @IsArray()
  @IsEntityId('person', { each: true })
  authors?: string[];
}
