/** A span of a source's text that supports a fact: `source.text.slice(start, end) === quote`. */
export interface Evidence {
  readonly sourceId: string;
  /** 0-based, in UTF-16 code units. */
  readonly start: number;
  /** End-exclusive. */
  readonly end: number;
  readonly quote: string;
}
