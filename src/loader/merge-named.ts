import type { Evidence } from '../domain';
import type { NamedAnnotation } from './annotation/named-annotation';
import { ArticleContext, entryLabel } from './article-context';

/**
 * Merges the entries that several articles give for one place, person or organisation.
 * Aliases and mentions are united; a scalar field given by two articles must agree.
 */
export function mergeNamed<A extends NamedAnnotation, F extends Record<string, unknown>>(
  section: string,
  entries: ReadonlyArray<{ context: ArticleContext; annotations: readonly A[] }>,
  fieldsOf: (annotation: A) => F,
): Map<string, MergedNamed<F>> {
  const merged = new Map<string, MergedNamed<F>>();
  for (const { context, annotations } of entries) {
    annotations.forEach((annotation, index) => {
      const entry = entryLabel(section, index, annotation.id);
      const mentions = context.evidence(`${entry}.mentions`, annotation.mentions);
      let target = merged.get(annotation.id);
      if (!target) {
        target = { id: annotation.id, aliases: new Set(), mentions: [], fields: {}, origins: {}, firstFile: context.annotationFile };
        merged.set(annotation.id, target);
      }
      target.mentions.push(...mentions);
      (annotation.aliases ?? []).forEach((alias) => target.aliases.add(alias));
      const fields: Record<string, unknown> = { name: annotation.name, ...fieldsOf(annotation) };
      for (const [field, value] of Object.entries(fields)) {
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
  return merged;
}

export interface MergedNamed<F> {
  readonly id: string;
  readonly aliases: Set<string>;
  readonly mentions: Evidence[];
  readonly fields: Partial<F & { name: string }>;
  readonly origins: Record<string, string>;
  readonly firstFile: string;
}

/** Aliases without the name itself and without repeats, in the order first given. */
export function aliasesOf(merged: MergedNamed<unknown>, name: string): string[] {
  return [...merged.aliases].filter((alias) => alias !== name);
}
