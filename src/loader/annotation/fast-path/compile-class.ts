import { getMetadataStorage } from 'class-validator';
import type { CompiledClass, CompiledConstraint, CompiledProperty } from './compiled-schema';
import { nestedShapeOf } from './nested-shapes';
import { transformsAreKnown } from './transformer-metadata';

const CUSTOM = 'customValidation';
const NESTED = 'nestedValidation';
const CONDITIONAL = 'conditionalValidation';

/**
 * Compiles `cls` from class-validator's metadata (its public getMetadataStorage), nested classes
 * through `compiledSchemaOf`; undefined for anything it does not fully understand.
 */
export function compileClass(cls: object, compiledSchemaOf: (cls: object) => CompiledClass | undefined): CompiledClass | undefined {
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
