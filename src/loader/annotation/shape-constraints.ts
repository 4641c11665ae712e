import { getMetadataStorage, ValidateBy, ValidationArguments, ValidationTypes } from 'class-validator';

/*
 * What a nested value must be.
 *
 * ValidateNested alone checks too little: given a list where one object is expected, it
 * validates the list's items instead (so `source: []` or `startDate: []` passes, and the build
 * then fails on it), and a missing value it does not check at all. These constraints check the
 * shape first. They hold for the plain values too, so the compiled fast path, which runs them
 * on the parsed file before any transform, answers as class-validator does.
 */

/**
 * The constraints that say what a nested value must be. Where one of them reports a value,
 * parse-annotation leaves out class-validator's own message about it ("nested property … must
 * be either object or array"), which says less and offers a list, which would be wrong.
 */
export const SHAPE_CONSTRAINTS: readonly string[] = ['isMapping', 'isListOfMappings', 'isListOfQuotes', 'isQuote'];

/** A quote as written (a string) or as an object: EvidenceQuote checks the rest. */
export function isQuote(value: unknown): boolean {
  return typeof value === 'string' || isMapping(value);
}

/** The value is one quote from the article (EvidenceItem): a string, or a mapping EvidenceQuote checks. */
export function IsQuote(): PropertyDecorator {
  return ValidateBy(
    { name: 'isQuote', validator: { validate: (value) => isQuote(value) } },
    {
      message: ({ property, value }: ValidationArguments) =>
        `${property} must be a quote from the article: a string, or a mapping with quote (and optionally occurrence); got ${shown(value)}`,
    },
  );
}

/** A YAML mapping or JSON object (or the instance class-transformer made of one): not a list, not null. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value is a mapping; `describe` says which, e.g. "a mapping with id and title". */
export function IsMapping(describe: () => string): PropertyDecorator {
  return ValidateBy(
    { name: 'isMapping', validator: { validate: (value) => isMapping(value) } },
    {
      message: ({ property, value }: ValidationArguments) =>
        value === undefined ? `${property} is missing: give ${describe()}` : `${property} must be ${describe()}; got ${shown(value)}`,
    },
  );
}

/**
 * Every item of the list is what `isItem` accepts; `describe` says what that is. A value that is
 * not a list passes: IsArray, beside it, reports that.
 */
export function IsListOf(name: string, isItem: (item: unknown) => boolean, describe: () => string): PropertyDecorator {
  return ValidateBy(
    { name, validator: { validate: (value) => !Array.isArray(value) || value.every(isItem) } },
    {
      message: ({ property, value }: ValidationArguments) => {
        const list = value as unknown[];
        const [first, ...others] = list.flatMap((item, index) => (isItem(item) ? [] : [index]));
        return `${property}[${first}] must be ${describe()}; got ${shown(list[first!])}${othersNamed(property, others)}`;
      },
    },
  );
}

/** " (nor is places[3])", " (nor are places[3], places[4], places[7] and 2 more)": the other wrong items of a list. */
function othersNamed(property: string, indexes: number[]): string {
  if (indexes.length === 0) return '';
  const named = indexes.slice(0, 3).map((index) => `${property}[${index}]`);
  const more = indexes.length > 3 ? ` and ${indexes.length - 3} more` : '';
  return ` (nor ${indexes.length === 1 ? 'is' : 'are'} ${named.join(', ')}${more})`;
}

/** A value as the message quotes it: JSON, cut short (a list given for a mapping may be long). */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

const mappings = new Map<object, string>();

/**
 * "a mapping with id and title (and optionally publisher, authors)": read from the decorators of
 * `cls` (a field is optional when it has IsOptional), so that it never falls behind them.
 */
export function mappingWith(cls: new () => object): string {
  let described = mappings.get(cls);
  if (described === undefined) {
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(cls, '', false, false, undefined);
    const fields = [...new Set(metadatas.map((m) => m.propertyName))];
    const optional = new Set(metadatas.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION).map((m) => m.propertyName));
    const required = fields.filter((field) => !optional.has(field));
    const others = fields.filter((field) => optional.has(field));
    described = `a mapping with ${listed(required)}${others.length > 0 ? ` (and optionally ${others.join(', ')})` : ''}`;
    mappings.set(cls, described);
  }
  return described;
}

/** "a", "a and b", "a, b and c". */
function listed(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
