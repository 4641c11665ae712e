import type { Evidence, PartialDate } from '../../domain';
import { precisionOf } from '../../domain';
import type { ArticleAnnotation } from '../annotation/article-annotation';
import type { EvidenceQuote } from '../annotation/evidence-quote';
import type { PartialDateAnnotation } from '../annotation/partial-date-annotation';
import type { CorpusProblem } from '../corpus-problem';
import { IdRecord, IdRegistry } from './id-registry';
import { locateEvidence } from './locate-evidence';

/** Where an article's problems go: a list, or the builder's list for the phase under way. */
export interface ProblemSink {
  push(problem: CorpusProblem): void;
}

/** One article while it is being built: its text, its annotation, and where its problems go. */
export class ArticleContext {
  readonly sourceId: string;
  /** The records of the ids the article refers to, as `ref` and `refs` met them. */
  readonly references: IdRecord[] = [];

  constructor(
    readonly annotationFile: string,
    readonly textFile: string,
    readonly text: string,
    readonly annotation: ArticleAnnotation,
    private readonly problems: ProblemSink,
    private readonly ids: IdRegistry = new IdRegistry(),
  ) {
    this.sourceId = this.intern(annotation.source.id);
  }

  /** The one string of an id the article defines or merges. */
  intern(id: string): string {
    return this.ids.recordOf(id).id;
  }

  /** A reference to an id, as its one string; noted in `references`, to be checked once all articles are read. */
  ref(id: string): string;
  ref(id: string | undefined): string | undefined;
  ref(id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    const record = this.ids.recordOf(id);
    this.references.push(record);
    return record.id;
  }

  /** References in a list; none for a missing list (YAML's null included, as `?? []` had it). */
  refs(ids: readonly string[] | undefined | null): string[] {
    return ids ? ids.map((id) => this.ref(id)) : [];
  }

  /** One string for an oft-repeated word (a kind, a role); undefined stays undefined. */
  word<T extends string | undefined>(text: T): T {
    return (text === undefined ? text : this.ids.word(text)) as T;
  }

  problem(entry: string | undefined, message: string): void {
    this.problems.push({ file: this.annotationFile, entry, message });
  }

  /** Locates every quote; the ones not found are reported and left out. */
  evidence(entry: string, quotes: readonly EvidenceQuote[]): Evidence[] {
    let missing = 0;
    // map, not push: an array grown by push keeps room for 17 items, and there are millions of these lists.
    const evidence = quotes.map((item, index) => {
      const found = locateEvidence(this.sourceId, this.text, item.quote, item.occurrence, this.quoteAt);
      if ('evidence' in found) return found.evidence;
      this.problem(`${entry}[${index}]`, found.error);
      missing++;
      return undefined;
    });
    return missing === 0 ? (evidence as Evidence[]) : evidence.filter((item) => item !== undefined);
  }

  /**
   * Words of the text, kept small: a slice of 13 or more characters is a pointer into the text
   * (V8's sliced strings); a shorter one is a copy, so the same short words share one copy.
   */
  readonly quoteAt = (start: number, end: number): string => {
    const words = this.text.slice(start, end);
    return end - start < 13 ? this.ids.word(words) : words;
  };

  /** The article's own copy of words it contains (a slice, see quoteAt); undefined when it does not contain them. */
  wordsOf(words: string): string | undefined {
    const at = this.text.indexOf(words);
    return at === -1 ? undefined : this.quoteAt(at, at + words.length);
  }

  date(annotation: PartialDateAnnotation | undefined): PartialDate | undefined {
    if (!annotation) return undefined;
    const { text, year, month, day, inferred } = annotation;
    return { text, year, month, day, precision: precisionOf(annotation), inferredBecause: inferred };
  }
}
