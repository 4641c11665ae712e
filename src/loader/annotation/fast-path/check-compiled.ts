import { isMapping } from '../shape-constraints';
import type { CompiledClass, CompiledConstraint, CompiledProperty, Plain, Replacement } from './compiled-schema';

/* Checking a plain value against a compiled class, as class-validator's executor would, in place. */

/** The executor's order: unknown fields, then per property its conditions, constraints and nesting. */
export function validObject(schema: CompiledClass, object: Plain, replacements: Replacement[]): boolean {
  for (const key in object) if (!schema.known.has(key)) return false;
  for (const property of schema.properties) {
    const value = object[property.name];
    if (!conditionsHold(property.conditions, object, value)) continue;
    for (const constraint of property.constraints) {
      if (!satisfies(constraint, object, value)) return false;
    }
    // Like ValidateNested, nothing to nest into when the value is missing: a required nested
    // value is refused above, by the shape constraint that Nested adds beside ValidateNested.
    if (property.nested && value !== undefined && !validNested(property.nested, object, property.name, value, replacements)) return false;
  }
  return true;
}

/** Plain loops, no closures: this runs for every property of millions of entries. */
function conditionsHold(conditions: CompiledProperty['conditions'], object: Plain, value: unknown): boolean {
  for (const condition of conditions) if (!condition(object, value)) return false;
  return true;
}

/** One constraint, with `each` as class-validator reads it; a promise (an async validator) is a doubt. */
function satisfies(constraint: CompiledConstraint, object: Plain, value: unknown): boolean {
  if (constraint.validateIf && !constraint.validateIf(object, value)) return true;
  const { args, validator } = constraint;
  args.object = object;
  args.value = value;
  if (!constraint.each || !Array.isArray(value)) return isTrue(validator.validate(value, args));
  for (const item of value) if (!isTrue(validator.validate(item, args))) return false;
  return true;
}

/** A validator's answer as class-validator takes it: truthy, and not a promise. */
function isTrue(result: unknown): boolean {
  return Boolean(result) && !isThenable(result);
}

/** What class-validator takes for an async result (its `isPromise`). */
function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function validNested(nested: NonNullable<CompiledProperty['nested']>, holder: Plain, name: string, value: unknown, replacements: Replacement[]): boolean {
  const { kind, schema } = nested;
  if (kind === 'object') return isMapping(value) && validObject(schema, value, replacements);
  if (kind === 'quote') {
    const quote = typeof value === 'string' ? { quote: value } : value;
    if (!isMapping(quote) || !validObject(schema, quote, replacements)) return false;
    if (quote !== value) replacements.push([holder, name, quote]);
    return true;
  }
  if (!Array.isArray(value)) return false;
  if (kind === 'list') return value.every((item) => isMapping(item) && validObject(schema, item, replacements));
  const quotes: unknown[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const quote = typeof item === 'string' ? { quote: item } : item;
    if (!isMapping(quote) || !validObject(schema, quote, replacements)) return false;
    quotes[i] = quote;
  }
  replacements.push([holder, name, quotes]);
  return true;
}

/** Evidence strings turned into `{quote}` objects, as EvidenceList's and EvidenceItem's transforms do. */
export function normaliseObject(schema: CompiledClass, object: Plain): void {
  for (const { name, nested } of schema.properties) {
    const value = object[name];
    if (!nested || value === undefined || value === null) continue;
    if (nested.kind === 'object') normaliseObject(nested.schema, value as Plain);
    else if (nested.kind === 'list') for (const item of value as Plain[]) normaliseObject(nested.schema, item);
    else if (nested.kind === 'quote') object[name] = typeof value === 'string' ? { quote: value } : value;
    else object[name] = (value as unknown[]).map((item) => (typeof item === 'string' ? { quote: item } : item));
  }
}
