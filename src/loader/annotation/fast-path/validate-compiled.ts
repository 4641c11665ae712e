/**
 * A fast path for validating annotations that are valid, which at scale is nearly all of them.
 *
 * class-transformer and class-validator cost too much per object for millions of entries
 * (instances, reflection, an error object per property; docs/performance/loader.md). This module
 * reads the same decorators once, from class-validator's metadata, and compiles each class
 * into a list of its properties with their conditions and constraint functions: the very
 * validators the decorators registered, called with the same arguments. A plain object is
 * checked against it in place and, when valid, used as the annotation, with its evidence
 * strings turned into `{quote}` objects as `EvidenceList` and `EvidenceItem` do.
 *
 * It only ever answers "valid": on any doubt it answers nothing, and the caller runs the full
 * class-validator path, which gives the problems and their messages. It compiles only classes
 * whose decorators it fully understands (see `compileClass`), and is disabled otherwise.
 * README.md says what it relies on and how a test keeps it honest.
 */
import { normaliseObject, validObject } from './check-compiled';
import { compileClass } from './compile-class';
import type { CompiledClass, Plain, Replacement } from './compiled-schema';

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
  for (const [holder, property, value] of replacements) holder[property] = value;
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

/** Whether the fast path is on for `cls` (a test keeps it from switching itself off unnoticed). */
export function canCompile(cls: new () => object): boolean {
  return compiledSchemaOf(cls) !== undefined;
}

function compiledSchemaOf(cls: object): CompiledClass | undefined {
  if (!schemas.has(cls)) {
    schemas.set(cls, null); // a cycle of nested classes compiles to a refusal, not a loop
    schemas.set(cls, compileClass(cls, compiledSchemaOf) ?? null);
  }
  return schemas.get(cls) ?? undefined;
}
