import type { ValidationArguments } from 'class-validator';
import type { NestedShape } from './nested-shapes';

/* A class's decorators compiled: each property with its conditions, constraints and nesting. */

export type Plain = Record<string, unknown>;

export interface CompiledConstraint {
  readonly each: boolean;
  readonly validateIf?: (object: object, value: unknown) => boolean;
  readonly validator: { validate(value: unknown, args: ValidationArguments): unknown };
  /** The arguments validators get, made once per constraint and filled in per call (no validator keeps them). */
  readonly args: { targetName: string; property: string; object: object; value: unknown; constraints: unknown[] };
}

export interface CompiledProperty {
  readonly name: string;
  /** `IsOptional` and the like: when one is false, the property is not validated. */
  readonly conditions: readonly ((object: object, value: unknown) => boolean)[];
  readonly constraints: readonly CompiledConstraint[];
  readonly nested?: { readonly kind: NestedShape['kind']; readonly schema: CompiledClass };
}

export interface CompiledClass {
  readonly name: string;
  readonly properties: CompiledProperty[];
  readonly known: ReadonlySet<string>;
}

/** Evidence lists to replace once the whole annotation is known to be valid. */
export type Replacement = readonly [holder: Plain, property: string, value: unknown[] | Plain];
