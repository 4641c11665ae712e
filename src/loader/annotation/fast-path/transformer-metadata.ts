import type { NestedShape } from './nested-shapes';

/*
 * The one place that reads class-transformer's private metadata storage (see README.md): the
 * fast path builds values as class-transformer would only when it can see that nothing but
 * EvidenceList's or EvidenceItem's transform and Nested's @Type applies.
 */

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
 * transforms are EvidenceList's and EvidenceItem's, the only @Type is Nested's, and nothing is exposed or excluded.
 * Reads class-transformer's own metadata; if that cannot be read, the fast path stays off.
 */
export function transformsAreKnown(cls: object, property: string, shape: NestedShape | undefined): boolean {
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
