import { IsArray, IsOptional, IsString, MinLength } from 'class-validator';
import { IsEntityId } from './validators';

export class SourceAnnotation {
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
