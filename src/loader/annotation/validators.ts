import { plainToInstance, Transform, TransformFnParams, Type } from 'class-transformer';
import { ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { EvidenceQuote } from './evidence-quote';
import { recordShape } from './fast-path/nested-shapes';
import { IsListOf, isMapping, IsMapping, isQuote, IsQuote, mappingWith } from './shape-constraints';

/** Each quote is a plain string (the quote) or `{quote, occurrence}`: strings become the object form. */
const toEvidenceQuotes = ({ value }: TransformFnParams): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => plainToInstance(EvidenceQuote, typeof item === 'string' ? { quote: item } : item)) : value;

/**
 * A non-empty list of evidence quotes. Each item is a plain string (the quote) or
 * `{quote, occurrence}`; strings are turned into the object form before validation.
 */
export function EvidenceList(): PropertyDecorator {
  const decorators = [
    Transform(toEvidenceQuotes),
    IsArray({ message: ({ property }) => `${property} must be a list of quotes from the article` }),
    ArrayMinSize(1, { message: ({ property }) => `${property} needs at least one quote from the article` }),
    IsListOf('isListOfQuotes', isQuote, () => 'a quote from the article: a string, or a mapping with quote (and optionally occurrence)'),
    ValidateNested({ each: true }),
  ];
  return (target, propertyName) => {
    decorators.forEach((decorate) => decorate(target, propertyName));
    recordShape(target, propertyName, { kind: 'evidence', type: () => EvidenceQuote, transform: toEvidenceQuotes });
  };
}

/** One quote is a plain string or `{quote, occurrence}`: a string becomes the object form. */
const toEvidenceQuote = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? plainToInstance(EvidenceQuote, { quote: value }) : isMapping(value) ? plainToInstance(EvidenceQuote, value) : value;

/**
 * One evidence quote, as in an evidence list: a plain string (the quote) or
 * `{quote, occurrence}`; a string is turned into the object form before validation.
 * Without `IsOptional`, the quote is required.
 */
export function EvidenceItem(): PropertyDecorator {
  const decorators = [Transform(toEvidenceQuote), IsQuote(), ValidateNested()];
  return (target, propertyName) => {
    decorators.forEach((decorate) => decorate(target, propertyName));
    recordShape(target, propertyName, { kind: 'quote', type: () => EvidenceQuote, transform: toEvidenceQuote });
  };
}

/**
 * A nested object (or list of them) validated as an instance of `cls`. Without `IsOptional`,
 * the object is required.
 */
export function Nested(cls: () => new () => object, options?: { each?: boolean }): PropertyDecorator {
  const each = options?.each ?? false;
  const describe = () => mappingWith(cls());
  const decorators = [Type(cls), each ? IsListOf('isListOfMappings', isMapping, describe) : IsMapping(describe), ValidateNested({ each })];
  return (target, propertyName) => {
    decorators.forEach((decorate) => decorate(target, propertyName));
    recordShape(target, propertyName, { kind: each ? 'list' : 'object', type: cls });
  };
}

export { IsEntityId } from '../../domain/is-entity-id';

/** IsArray's options for a list section or field: the message says what a list looks like. */
export const A_LIST = { message: '$property must be a list: in YAML one "- " item per entry, in JSON [ … ]' };
