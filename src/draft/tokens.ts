import nlp from 'compromise';
import type { Span, TextSpan } from './spans';

/** A word of the article with the part-of-speech tags compromise gives it. */
export interface Token extends Span {
  readonly text: string;
  readonly tags: ReadonlySet<string>;
  /** Index of the sentence the word is in. */
  readonly sentence: number;
}

export interface Tokenised {
  readonly tokens: readonly Token[];
  readonly sentences: readonly TextSpan[];
}

interface TermJson {
  text: string;
  tags: string[];
}
interface SentenceJson {
  offset: { start: number; length: number };
  terms: (TermJson & { offset: { start: number } })[];
}

/**
 * The article's words and sentences with compromise (offline, rule-based English). Its offsets
 * can include the punctuation after a word; each word is placed on the article's own text.
 */
export function tokenise(text: string): Tokenised {
  const tokens: Token[] = [];
  const sentences: TextSpan[] = [];
  // Line by line: a heading or a dateline has no full stop, and must not run into the next line.
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    tokeniseLine(text, lineStart, lineEnd, tokens, sentences);
    lineStart = lineEnd + 1;
  }
  return { tokens, sentences };
}

function tokeniseLine(text: string, lineStart: number, lineEnd: number, tokens: Token[], sentences: TextSpan[]): void {
  const line = text.slice(lineStart, lineEnd);
  if (line.trim() === '') return;
  const sentencesJson = nlp(line)
    .sentences()
    .json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  let cursor = 0;
  for (const sentence of sentencesJson) {
    const index = sentences.length;
    let sentenceStart = -1;
    let sentenceEnd = -1;
    for (const term of sentence.terms) {
      if (term.text === '') continue;
      const at = line.indexOf(term.text, Math.max(cursor, term.offset.start - 2));
      if (at === -1) continue;
      cursor = at + term.text.length;
      tokens.push({ start: lineStart + at, end: lineStart + cursor, text: term.text, tags: new Set(term.tags), sentence: index });
      if (sentenceStart === -1) sentenceStart = at;
      sentenceEnd = cursor;
    }
    if (sentenceStart === -1) continue;
    // The sentence runs on to its closing punctuation and quotation marks.
    while (sentenceEnd < line.length && /[.!?…"”’)\]]/.test(line[sentenceEnd]!)) sentenceEnd++;
    cursor = Math.max(cursor, sentenceEnd);
    sentences.push({ start: lineStart + sentenceStart, end: lineStart + sentenceEnd, text: line.slice(sentenceStart, sentenceEnd) });
  }
}

/** The index of the sentence holding `offset`, or -1. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  return sentences.findIndex((s) => offset >= s.start && offset < s.end);
}
