/**
 * A filter input without its null fields: GraphQL lets a client send `name: null` for an
 * optional field, which means the same as leaving it out.
 */
export function givenFields<T extends object>(filter: T | null | undefined): Partial<T> {
  if (!filter) return {};
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null && value !== undefined)) as Partial<T>;
}
