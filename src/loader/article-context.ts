import type { Evidence, PartialDate } from '../domain';
import { precisionOf } from '../domain';
import type { ArticleAnnotation } from './annotation/article-annotation';
import type { EvidenceQuote } from './annotation/evidence-quote';
import type { PartialDateAnnotation } from './annotation/partial-date-annotation';
import type { CorpusProblem } from './corpus-problem';
import { locateEvidence } from './locate-evidence';

/** One article while it is being built: its text, its annotation, and where its problems go. */
export class ArticleContext {
  constructor(
    readonly annotationFile: string,
    readonly textFile: string,
    readonly text: string,
    readonly annotation: ArticleAnnotation,
    private readonly problems: CorpusProblem[],
  ) {}

  get sourceId(): string {
    return this.annotation.source.id;
  }

  problem(entry: string | undefined, message: string): void {
    this.problems.push({ file: this.annotationFile, entry, message });
  }

  /** Locates every quote; the ones not found are reported and left out. */
  evidence(entry: string, quotes: readonly EvidenceQuote[]): Evidence[] {
    return quotes.flatMap((item, index) => {
      const located = locateEvidence(this.sourceId, this.text, item.quote, item.occurrence);
      if ('error' in located) {
        this.problem(`${entry}[${index}]`, located.error);
        return [];
      }
      return [located.evidence];
    });
  }

  date(annotation: PartialDateAnnotation | undefined): PartialDate | undefined {
    if (!annotation) return undefined;
    const { text, year, month, day, inferred } = annotation;
    return { text, year, month, day, precision: precisionOf(annotation), inferredBecause: inferred };
  }
}

/** A label for an entry of a section, by its id where it has one: `statements[3] (statement:…)`. */
export function entryLabel(section: string, index: number, id?: string): string {
  return `${section}[${index}]${id ? ` (${id})` : ''}`;
}
