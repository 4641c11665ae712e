import type { Evidence } from '../../domain';

/** A place, person or organisation as the articles annotating it give it, merged so far. */
export interface MergedNamed<F> {
  readonly id: string;
  readonly aliases: Set<string>;
  readonly mentions: Evidence[];
  readonly fields: Partial<{ [K in keyof F]: Exclude<F[K], undefined> }>;
  readonly origins: Record<string, string>;
  readonly firstFile: string;
}

/** Aliases without the name itself and without repeats, in the order first given. */
export function aliasesOf(merged: MergedNamed<unknown>, name: string): string[] {
  return [...merged.aliases].filter((alias) => alias !== name);
}
