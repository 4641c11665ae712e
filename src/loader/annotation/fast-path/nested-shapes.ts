import type { TransformFnParams } from 'class-transformer';

/**
 * How a nested property is made from plain data, recorded by `EvidenceList`, `EvidenceItem` and `Nested` so
 * that the compiled fast path (validate-compiled.ts) builds exactly what they declare.
 */
export type NestedShape =
  | { readonly kind: 'object' | 'list'; readonly type: () => new () => object }
  | { readonly kind: 'evidence' | 'quote'; readonly type: () => new () => object; readonly transform: (params: TransformFnParams) => unknown };

const nestedShapes = new Map<object, Map<string, NestedShape>>();

export function recordShape(target: object, propertyName: string | symbol, shape: NestedShape): void {
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
