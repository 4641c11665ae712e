/** Every object in an answer's data but the root: what the cost estimate counts. */
export function objectsAnswered(data: unknown): number {
  const objectsIn = (value: unknown): number => {
    if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + objectsIn(item), 0);
    if (value !== null && typeof value === 'object') return 1 + Object.values(value).reduce((sum: number, item) => sum + objectsIn(item), 0);
    return 0;
  };
  return Math.max(0, objectsIn(data) - 1);
}
