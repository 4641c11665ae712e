import type { Evidence } from '../../domain';

/** A place, person or organisation as the articles annotating it give it, merged so far. */
export interface MergedNamed<F> {
  readonly id: string;
  readonly aliases: Set<string>;
  /** The names marked ambiguous, and where they were first marked; absent when none were (nearly always). */
  ambiguous?: { readonly names: Set<string>; readonly file: string; readonly entry: string };
  readonly mentions: Evidence[];
  readonly fields: Partial<{ [K in keyof F]: Exclude<F[K], undefined> }>;
  readonly origins: Record<string, string>;
  readonly firstFile: string;
}

/**
 * The names marked ambiguous, each of which must be the entity's name or one of its aliases;
 * undefined when none were marked. `problem` hears of any other.
 */
export function ambiguousAliasesOf(
  merged: MergedNamed<unknown>,
  name: string,
  problem: (file: string, entry: string, message: string) => void,
): string[] | undefined {
  if (!merged.ambiguous) return undefined;
  const { names, file, entry } = merged.ambiguous;
  for (const alias of names) {
    if (alias !== name && !merged.aliases.has(alias)) {
      problem(file, `${entry}.ambiguousAliases`, `${JSON.stringify(alias)} is neither the name nor an alias of ${merged.id}; list only its own names here`);
    }
  }
  return [...names];
}

/** Aliases without the name itself and without repeats, in the order first given. */
export function aliasesOf(merged: MergedNamed<unknown>, name: string): string[] {
  return [...merged.aliases].filter((alias) => alias !== name);
}
