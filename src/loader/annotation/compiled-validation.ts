/**
 * A fast path for validating annotations that are valid, which at scale is nearly all of them.
 *
 * class-transformer and class-validator cost tens of microseconds per object (instances,
 * reflection, an error object per property), too much for millions of entries. This module
 * reads the same decorators once, from class-validator's metadata, and compiles each class
 * into a list of its properties with their conditions and constraint functions: the very
 * validators the decorators registered, called with the same arguments. A plain object is
 * checked against it in place and, when valid, used as the annotation, with its evidence
 * strings turned into `{quote}` objects as `EvidenceList` and `EvidenceItem` do.
 *
 * It only ever answers "valid": on any doubt it answers nothing, and the caller runs the full
 * class-validator path, which gives the problems and their messages. It compiles only classes
 * whose decorators it fully understands (see `compileClass`), and is disabled otherwise.
 */
import { getMetadataStorage, ValidationArguments } from 'class-validator';
import { nestedShapeOf, NestedShape } from './validators';

type Plain = Record<string, unknown>;

interface CompiledConstraint {
  readonly each: boolean;
  readonly validateIf?: (object: object, value: unknown) => boolean;
  readonly validator: { validate(value: unknown, args: ValidationArguments): unknown };
  /** The arguments validators get, made once per constraint and filled in per call (no validator keeps them). */
  readonly args: { targetName: string; property: string; object: object; value: unknown; constraints: unknown[] };
}

interface CompiledProperty {
  readonly name: string;
  /** `IsOptional` and the like: when one is false, the property is not validated. */
  readonly conditions: readonly ((object: object, value: unknown) => boolean)[];
  readonly constraints: readonly CompiledConstraint[];
  readonly nested?: { readonly kind: NestedShape['kind']; readonly schema: CompiledClass };
}

interface CompiledClass {
  readonly name: string;
  readonly properties: CompiledProperty[];
  readonly known: ReadonlySet<string>;
}

/** Evidence lists to replace once the whole annotation is known to be valid. */
type Replacement = readonly [holder: Plain, property: string, value: unknown[] | Plain];

const schemas = new Map<object, CompiledClass | null>();

/**
 * The annotation `plain` stands for when it satisfies every decorator of `cls`, normalised as
 * plainToInstance would (evidence strings become `{quote}`); undefined when it does not, or
 * when `cls` cannot be compiled. Changes `plain` only when it answers.
 */
export function validateCompiled<T>(cls: new () => T, plain: Plain): T | undefined {
  const schema = compiledSchemaOf(cls);
  if (!schema) return undefined;
  const replacements: Replacement[] = [];
  if (!validObject(schema, plain, replacements)) return undefined;
  for (const [holder, property, list] of replacements) holder[property] = list;
  return plain as T;
}

/**
 * `plain` normalised as validateCompiled would, without checking it again: for an object that
 * validateCompiled already accepted, parsed anew from the same text (on another thread).
 */
export function normaliseCompiled<T>(cls: new () => T, plain: Plain): T {
  const schema = compiledSchemaOf(cls);
  if (!schema) throw new Error(`${cls.name} has no compiled validation; it cannot have been checked by it`);
  normaliseObject(schema, plain);
  return plain as T;
}

function normaliseObject(schema: CompiledClass, object: Plain): void {
  for (const { name, nested } of schema.properties) {
    const value = object[name];
    if (!nested || value === undefined || value === null) continue;
    if (nested.kind === 'object') normaliseObject(nested.schema, value as Plain);
    else if (nested.kind === 'list') for (const item of value as Plain[]) normaliseObject(nested.schema, item);
    else if (nested.kind === 'quote') object[name] = typeof value === 'string' ? { quote: value } : value;
    else object[name] = (value as unknown[]).map((item) => (typeof item === 'string' ? { quote: item } : item));
  }
}

/** Whether the fast path is on for `cls` (a test keeps it from switching itself off unnoticed). */
export function canCompile(cls: new () => object): boolean {
  return compiledSchemaOf(cls) !== undefined;
}

function compiledSchemaOf(cls: object): CompiledClass | undefined {
  if (!schemas.has(cls)) {
    schemas.set(cls, null); // a cycle of nested classes compiles to a refusal, not a loop
    schemas.set(cls, compileClass(cls) ?? null);
  }
  return schemas.get(cls) ?? undefined;
}

// ---- Checking ------------------------------------------------------------------------------

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The executor's order: unknown fields, then per property its conditions, constraints and nesting. */
function validObject(schema: CompiledClass, object: Plain, replacements: Replacement[]): boolean {
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
  if (kind === 'object') return isPlainObject(value) && validObject(schema, value, replacements);
  if (kind === 'quote') {
    const quote = typeof value === 'string' ? { quote: value } : value;
    if (!isPlainObject(quote) || !validObject(schema, quote, replacements)) return false;
    if (quote !== value) replacements.push([holder, name, quote]);
    return true;
  }
  if (!Array.isArray(value)) return false;
  if (kind === 'list') return value.every((item) => isPlainObject(item) && validObject(schema, item, replacements));
  const quotes: unknown[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const quote = typeof item === 'string' ? { quote: item } : item;
    if (!isPlainObject(quote) || !validObject(schema, quote, replacements)) return false;
    quotes[i] = quote;
  }
  replacements.push([holder, name, quotes]);
  return true;
}

// ---- Compiling -----------------------------------------------------------------------------

const CUSTOM = 'customValidation';
const NESTED = 'nestedValidation';
const CONDITIONAL = 'conditionalValidation';

/** Compiles `cls` from class-validator's metadata; undefined for anything it does not fully understand. */
function compileClass(cls: object): CompiledClass | undefined {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(cls as new () => object, '', false, false, undefined);
  if (metadatas.length === 0) return undefined;
  const byProperty = storage.groupByPropertyName(metadatas);
  const properties: CompiledProperty[] = [];
  for (const [name, list] of Object.entries(byProperty)) {
    if (list.some((m) => ![CUSTOM, NESTED, CONDITIONAL].includes(m.type) || m.always !== undefined || (m.groups ?? []).length > 0)) return undefined;
    const conditions = list.filter((m) => m.type === CONDITIONAL).map((m) => m.constraints[0] as (object: object, value: unknown) => boolean);
    const constraints: CompiledConstraint[] = [];
    for (const metadata of list.filter((m) => m.type === CUSTOM)) {
      const implementations = storage.getTargetValidatorConstraints(metadata.constraintCls);
      if (implementations.length !== 1 || implementations[0]!.async) return undefined;
      constraints.push({
        each: metadata.each,
        validateIf: (metadata as { validateIf?: CompiledConstraint['validateIf'] }).validateIf,
        validator: implementations[0]!.instance,
        args: { targetName: (cls as { name: string }).name, property: name, object: {}, value: undefined, constraints: metadata.constraints },
      });
    }
    const nestedMetadata = list.filter((m) => m.type === NESTED);
    const shape = nestedShapeOf(cls, name);
    if (nestedMetadata.length > 0 !== (shape !== undefined) || nestedMetadata.length > 1) return undefined;
    if (!transformsAreKnown(cls, name, shape)) return undefined;
    let nested: CompiledProperty['nested'];
    if (shape) {
      const schema = compiledSchemaOf(shape.type());
      if (!schema) return undefined;
      nested = { kind: shape.kind, schema };
    }
    properties.push({ name, conditions, constraints, nested });
  }
  return { name: (cls as { name: string }).name, properties, known: new Set(properties.map((p) => p.name)) };
}

interface TransformerStorage {
  findTransformMetadatas(target: object, property: string, type: number): { transformFn: unknown }[];
  findTypeMetadata(target: object, property: string): { typeFunction: unknown; options?: { discriminator?: unknown } } | undefined;
  getExposedMetadatas(target: object): unknown[];
  getExcludedMetadatas(target: object): unknown[];
  getStrategy(target: object): string;
}

const PLAIN_TO_CLASS = 0;

/**
 * Whether class-transformer would build this property as the fast path does: the only
 * transforms are EvidenceList's and EvidenceItem's, the only @Type is Nested's, and nothing is
 * exposed or excluded.
 * Reads class-transformer's own metadata; if that cannot be read, the fast path stays off.
 */
function transformsAreKnown(cls: object, property: string, shape: NestedShape | undefined): boolean {
  let storage: TransformerStorage;
  try {
    // Not a public entry point of class-transformer (nor typed), hence require and the guard: without it, no fast path.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    storage = (require('class-transformer/cjs/storage') as { defaultMetadataStorage: TransformerStorage }).defaultMetadataStorage;
  } catch {
    return false;
  }
  if (storage.getExposedMetadatas(cls).length > 0 || storage.getExcludedMetadatas(cls).length > 0 || storage.getStrategy(cls) !== 'none') return false;
  const transforms = storage.findTransformMetadatas(cls, property, PLAIN_TO_CLASS);
  const type = storage.findTypeMetadata(cls, property);
  if (shape?.kind === 'evidence' || shape?.kind === 'quote')
    return transforms.length === 1 && transforms[0]!.transformFn === shape.transform && type === undefined;
  if (transforms.length > 0) return false;
  if (shape) return type !== undefined && type.typeFunction === shape.type && type.options?.discriminator === undefined;
  return type === undefined;
}
