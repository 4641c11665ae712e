/** The list in an array of its own size: one grown by push keeps spare room, a lot of it over a million lists. */
export function fitted<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}
