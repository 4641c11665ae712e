import { plainToInstance, Transform, Type } from 'class-transformer';
import { ArrayMinSize, IsArray, registerDecorator, ValidateNested, ValidationOptions } from 'class-validator';
import { entityTypeOf, EntityType, idExample } from '../../domain';
import { EvidenceQuote } from './evidence-quote';

/** The value is an id (or, with `each`, a list of ids) of one of the given types. */
export function IsEntityId(types: EntityType | readonly EntityType[], options?: ValidationOptions): PropertyDecorator {
  const allowed: readonly EntityType[] = typeof types === 'string' ? [types] : types;
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEntityId',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ property, value }) =>
          `${property} must be ${allowed.map((t) => `a ${t} id like "${idExample(t)}"`).join(' or ')}; got ${JSON.stringify(value)}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && allowed.includes(entityTypeOf(value) as EntityType),
      },
    });
}

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
