import type { ArticleAnnotationFormat, QuoteInFile } from '../../loader/annotation/annotation-format';
import { Span } from './span';

/** Turns the spans in an annotation into quotes of the finished text. */
export class QuoteFinder {
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly text: string) {}

  /** The annotation with a quote for each span, and without the fields left undefined. */
  resolve(annotation: ArticleAnnotationFormat<Span>): ArticleAnnotationFormat<QuoteInFile> {
    return this.resolveValue(annotation) as ArticleAnnotationFormat<QuoteInFile>;
  }

  private resolveValue(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.resolveValue(item));
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Span) return this.quote(value);
    const resolved: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) if (field !== undefined) resolved[key] = this.resolveValue(field);
    return resolved;
  }

  /** The words of the span, with the occurrence the loader needs when they recur. */
  private quote({ start, end }: Span): QuoteInFile {
    const quote = this.text.slice(start, end);
    let starts = this.starts.get(quote);
    if (!starts) {
      starts = [];
      for (let at = this.text.indexOf(quote); at !== -1; at = this.text.indexOf(quote, at + 1)) starts.push(at);
      this.starts.set(quote, starts);
    }
    const occurrence = starts.indexOf(start) + 1;
    if (occurrence === 0) throw new Error(`internal error: span ${start}-${end} is not an occurrence of ${JSON.stringify(quote)}`);
    return starts.length === 1 ? quote : { quote, occurrence };
  }
}
