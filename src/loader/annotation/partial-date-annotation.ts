import { IsInt, IsOptional, IsString, Max, Min, MinLength, ValidateBy } from 'class-validator';
import type { PartialDateFormat } from './annotation-format';

export class PartialDateAnnotation implements PartialDateFormat {
  /** The source's words. A date needs a year or a month: a season or "Today" alone is not one. */
  @IsString()
  @MinLength(1)
  @ValidateBy(
    {
      name: 'dateHasYearOrMonth',
      validator: {
        validate: (_text, args) => {
          const date = args?.object as PartialDateAnnotation;
          return date.year !== undefined || date.month !== undefined;
        },
      },
    },
    {
      message:
        'a date needs a year or a month (or both); words with neither, such as a season ("This fall"), cannot be served as a date: leave the date out and keep the words in the description',
    },
  )
  text!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9999)
  year?: number;

  @IsOptional()
  @IsInt()
  @Min(1, { message: 'month must be 1 to 12' })
  @Max(12, { message: 'month must be 1 to 12' })
  month?: number;

  // A day means nothing without its month.
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'day must be 1 to 31' })
  @Max(31, { message: 'day must be 1 to 31' })
  @ValidateBy(
    { name: 'dayNeedsMonth', validator: { validate: (_day, args) => (args?.object as PartialDateAnnotation).month !== undefined } },
    { message: 'day needs a month: give month too, or leave day out' },
  )
  day?: number;

  /** Why part of the date was inferred, when it was. */
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'inferred must say why, in a sentence' })
  inferred?: string;
}
