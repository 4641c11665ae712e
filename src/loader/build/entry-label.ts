/** A label for an entry of a section, by its id where it has one: `statements[3] (statement:…)`. */
export function entryLabel(section: string, index: number, id?: string): string {
  return `${section}[${index}]${id ? ` (${id})` : ''}`;
}
