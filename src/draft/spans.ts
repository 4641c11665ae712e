import type { QuoteInFile } from '../loader/annotation/annotation-format';
import { occurrencesOf } from '../loader/build/locate-evidence';

/** A stretch of the article, 0-based and end-exclusive in UTF-16 code units, as the loader stores evidence. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with the article's words in it. */
export interface TextSpan extends Span {
  readonly text: string;
}

export function spanOf(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The span without the spaces and the punctuation at either end that `trim` names. */
export function trimmed(text: string, span: Span, trim: RegExp = /[\s,;:.]/): TextSpan {
  let { start, end } = span;
  while (start < end && trim.test(text[start]!)) start++;
  while (end > start && trim.test(text[end - 1]!)) end--;
  return spanOf(text, start, end);
}

/**
 * The evidence quote for a span, as the loader will find it again: the words alone when they
 * occur once, else with the occurrence (counted as the loader counts, overlaps included).
 */
export function quoteOf(text: string, span: Span): QuoteInFile {
  const quote = text.slice(span.start, span.end);
  const starts = occurrencesOf(text, quote);
  if (starts.length <= 1) return quote;
  const occurrence = starts.indexOf(span.start) + 1;
  if (occurrence === 0) throw new Error(`span ${span.start}-${span.end} is not where its words are`);
  return { quote, occurrence };
}

export const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Cyrillic letters as the ids' Latin spells them (Russian, Kazakh, Kyrgyz, Tajik; simplified BGN/PCGN). */
const CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  [...'абвгдезийклмнопрстуфыэ']
    .map((c, i) => [c, 'abvgdeziyklmnoprstufye'[i]!])
    .concat([
      ['ё', 'yo'],
      ['ж', 'zh'],
      ['х', 'kh'],
      ['ц', 'ts'],
      ['ч', 'ch'],
      ['ш', 'sh'],
      ['щ', 'shch'],
      ['ъ', ''],
      ['ь', ''],
      ['ю', 'yu'],
      ['я', 'ya'],
      ['ә', 'a'],
      ['ғ', 'gh'],
      ['қ', 'q'],
      ['ң', 'ng'],
      ['ө', 'o'],
      ['ұ', 'u'],
      ['ү', 'u'],
      ['һ', 'h'],
      ['і', 'i'],
      ['ӣ', 'i'],
      ['ӯ', 'u'],
      ['ҷ', 'j'],
      ['ҳ', 'h'],
    ]),
);

/** A lower-case, hyphenated slug of words for an id: "Zoltán Kovács" → "zoltan-kovacs". */
export function slugOf(words: string): string {
  return [...words]
    .map((char) => CYRILLIC[char.toLowerCase()] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Rounds a confidence to two decimals, within 0..1. */
export function confidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
