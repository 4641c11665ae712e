import { plainToInstance, Transform, TransformFnParams, Type } from 'class-transformer';
import { ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { EvidenceQuote } from './evidence-quote';

/**
 * How a nested property is made from plain data, recorded by `EvidenceList` and `Nested` so
 * that the compiled fast path (compiled-validation.ts) builds exactly what they declare.
 */
export type NestedShape =
  | { readonly kind: 'object' | 'list'; readonly type: () => new () => object }
  | { readonly kind: 'evidence'; readonly type: () => new () => object; readonly transform: (params: TransformFnParams) => unknown };

const nestedShapes = new Map<object, Map<string, NestedShape>>();

function recordShape(target: object, propertyName: string | symbol, shape: NestedShape): void {
  const constructor = (target as { constructor: object }).constructor;
  let shapes = nestedShapes.get(constructor);
  if (!shapes) nestedShapes.set(constructor, (shapes = new Map()));
  shapes.set(String(propertyName), shape);
}

/** The shape `EvidenceList` or `Nested` gave a property of `target` or of a class it extends. */
export function nestedShapeOf(target: object, propertyName: string): NestedShape | undefined {
  for (let cls: object | null = target; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls) as object | null) {
    const shape = nestedShapes.get(cls)?.get(propertyName);
    if (shape) return shape;
  }
  return undefined;
}

/** Each quote is a plain string (the quote) or `{quote, occurrence}`: strings become the object form. */
const toEvidenceQuotes = ({ value }: TransformFnParams): unknown =>
  Array.isArray(value)
    ? value.map((item: unknown) => plainToInstance(EvidenceQuote, typeof item === 'string' ? { quote: item } : item))
    : value;

/**
 * A non-empty list of evidence quotes. Each item is a plain string (the quote) or
 * `{quote, occurrence}`; strings are turned into the object form before validation.
 */
export function EvidenceList(): PropertyDecorator {
  const decorators = [
    Transform(toEvidenceQuotes),
    IsArray({ message: ({ property }) => `${property} must be a list of quotes from the article` }),
    ArrayMinSize(1, { message: ({ property }) => `${property} needs at least one quote from the article` }),
    ValidateNested({ each: true }),
  ];
  return (target, propertyName) => {
    decorators.forEach((decorate) => decorate(target, propertyName));
    recordShape(target, propertyName, { kind: 'evidence', type: () => EvidenceQuote, transform: toEvidenceQuotes });
  };
}

/** A nested object (or list of them) validated as an instance of `cls`. */
export function Nested(cls: () => new () => object, options?: { each?: boolean }): PropertyDecorator {
  const decorators = [Type(cls), ValidateNested({ each: options?.each ?? false })];
  return (target, propertyName) => {
    decorators.forEach((decorate) => decorate(target, propertyName));
    recordShape(target, propertyName, { kind: options?.each ? 'list' : 'object', type: cls });
  };
}

export { IsEntityId } from '../../domain/is-entity-id';
