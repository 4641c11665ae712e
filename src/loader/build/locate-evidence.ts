import type { Evidence } from '../../domain';

/** Every start offset of `quote` in `text`, in UTF-16 code units (what `String#indexOf` counts). */
export function occurrencesOf(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

export type LocatedEvidence = { evidence: Evidence } | { error: string };

/**
 * Finds a quote in a source's text. A quote must occur exactly once, or name which
 * occurrence (1-based) it means, so that every span is unambiguous.
 */
export function locateEvidence(
  sourceId: string,
  text: string,
  quote: string,
  occurrence?: number,
  quoteAt: (start: number, end: number) => string = (start, end) => text.slice(start, end),
): LocatedEvidence {
  const starts = occurrencesOf(text, quote);
  if (starts.length === 0) {
    return { error: `quote not found in the article: ${shown(quote)}; copy it exactly, typographic quotes and spaces included` };
  }
  if (occurrence === undefined && starts.length > 1) {
    return { error: `quote occurs ${starts.length} times in the article: ${shown(quote)}; add "occurrence: N" (1 to ${starts.length}) or quote more words` };
  }
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined) {
    return { error: `occurrence ${occurrence} asked for, but the quote occurs ${starts.length} time(s): ${shown(quote)}` };
  }
  // The stored quote is the text's own words (a slice), not the annotation's copy of them.
  return { evidence: { sourceId, start, end: start + quote.length, quote: quoteAt(start, start + quote.length) } };
}

/** The quote as an error message shows it; built only for a message. */
function shown(quote: string): string {
  return JSON.stringify(quote.length > 80 ? `${quote.slice(0, 77)}...` : quote);
}
