import type { Evidence } from '../domain';
import type { NamedAnnotation } from './annotation/named-annotation';
import { ArticleContext, entryLabel } from './article-context';
import type { IdRecord } from './id-registry';

/**
 * Merges the entries that several articles give for one place, person or organisation, an
 * article at a time. Aliases and mentions are united; a scalar field given by two articles
 * must agree.
 */
export class NamedMerger<A extends NamedAnnotation, F extends { name: string | undefined }> {
  /** The merged entities, in the order first annotated. */
  readonly merged: MergedNamed<F>[] = [];

  constructor(
    private readonly section: string,
    /** The scalar fields an entry gives, `name` first; undefined where it does not give one. References go through context.ref. */
    private readonly fieldsOf: (annotation: A, context: ArticleContext) => F,
  ) {}

  /** Merges one article's entries; `recordOf` keeps what the corpus knows of each id. */
  add(context: ArticleContext, annotations: readonly A[], recordOf: (id: string) => IdRecord): void {
    annotations.forEach((annotation, index) => {
      const entry = entryLabel(this.section, index, annotation.id);
      const mentions = context.evidence(`${entry}.mentions`, annotation.mentions);
      const record = recordOf(annotation.id);
      let target = record.named as MergedNamed<F> | undefined;
      if (!target) {
        target = { id: record.id, aliases: new Set(), mentions: [], fields: {}, origins: {}, firstFile: context.annotationFile };
        record.named = target;
        this.merged.push(target);
      }
      for (const mention of mentions) target.mentions.push(mention);
      (annotation.aliases ?? []).forEach((alias) => target.aliases.add(alias));
      if (annotation.ambiguousAliases) {
        const ambiguous = (target.ambiguous ??= { names: new Set(), file: context.annotationFile, entry });
        annotation.ambiguousAliases.forEach((alias) => ambiguous.names.add(alias));
      }
      // fieldsOf gives the name too: spreading it into a new object cost a tenth of a load.
      const fields: Record<string, unknown> = this.fieldsOf(annotation, context);
      for (const field in fields) {
        const value = fields[field];
        if (value === undefined) continue;
        const known = (target.fields as Record<string, unknown>)[field];
        if (known === undefined) {
          (target.fields as Record<string, unknown>)[field] = value;
          target.origins[field] = context.annotationFile;
        } else if (known !== value) {
          context.problem(
            entry,
            `${field} ${JSON.stringify(value)} disagrees with ${JSON.stringify(known)} given for ${annotation.id} in ${target.origins[field]}; give it in one article only, or make them equal`,
          );
        }
      }
    });
  }
}

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
