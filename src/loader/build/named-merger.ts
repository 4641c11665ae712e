import type { NamedAnnotation } from '../annotation/named-annotation';
import type { ArticleContext } from './article-context';
import { entryLabel } from './entry-label';
import type { IdRecord } from './id-registry';
import type { MergedNamed } from './merged-named';

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
      // fieldsOf gives the name too, so that no object is spread per entry (docs/performance/loader.md).
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
