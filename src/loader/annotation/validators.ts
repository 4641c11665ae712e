import { plainToInstance, Transform, Type } from 'class-transformer';
import { ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { EvidenceQuote } from './evidence-quote';

/**
 * A non-empty list of evidence quotes. Each item is a plain string (the quote) or
 * `{quote, occurrence}`; strings are turned into the object form before validation.
 */
export function EvidenceList(): PropertyDecorator {
  const decorators = [
    Transform(({ value }) =>
      Array.isArray(value)
        ? value.map((item: unknown) => plainToInstance(EvidenceQuote, typeof item === 'string' ? { quote: item } : item))
        : value,
    ),
    IsArray({ message: ({ property }) => `${property} must be a list of quotes from the article` }),
    ArrayMinSize(1, { message: ({ property }) => `${property} needs at least one quote from the article` }),
    ValidateNested({ each: true }),
  ];
  return (target, propertyName) => decorators.forEach((decorate) => decorate(target, propertyName));
}

/** A nested object (or list of them) validated as an instance of `cls`. */
export function Nested(cls: () => new () => object, options?: { each?: boolean }): PropertyDecorator {
  const decorators = [Type(cls), ValidateNested({ each: options?.each ?? false })];
  return (target, propertyName) => decorators.forEach((decorate) => decorate(target, propertyName));
}

export { IsEntityId } from '../../domain/is-entity-id';
