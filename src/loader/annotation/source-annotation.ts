import { IsArray, IsOptional, IsString, IsUrl, Matches, MinLength } from 'class-validator';
import { PartialDateAnnotation } from './partial-date-annotation';
import { IsEntityId, Nested } from './validators';
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

  /** Where the article was published; only where the article or its collection says so. */
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be the address the article was published at, with http:// or https://; leave it out when the collection does not give one' },
  )
  url?: string;

  /** When the article was published, at the precision the article or its collection gives. */
  @IsOptional()
  @Nested(() => PartialDateAnnotation)
  publishedAt?: PartialDateAnnotation;

  /** BCP 47 tag of the text's language. */
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 language tag, e.g. "en" or "ru-KZ"' })
  language?: string;
}
