import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, MULTIPLIERS } from './currencies';
import { spanOf, type TextSpan } from './spans';

/** An amount of money the article states, in an ISO 4217 currency. */
export interface DraftAmount extends TextSpan {
  readonly value: number;
  readonly currency: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MULTIPLIER = Object.keys(MULTIPLIERS)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const SYMBOL = Object.keys(CURRENCY_SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const WORD = [...Object.keys(CURRENCY_WORDS), ...CURRENCY_CODES]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/** "$250,000", "€1.5bn", "US$ 2 million". */
const SYMBOL_FIRST = new RegExp(`(${SYMBOL})\\s?(${NUMBER})(?:\\s?(${MULTIPLIER})\\b)?`, 'giu');
/** "12.5 million KZT", "8 million U.S. dollars", "2,000 tenge". */
const NUMBER_FIRST = new RegExp(`(?<![\\d.,])(${NUMBER})(?:\\s?(${MULTIPLIER}))?\\s(${WORD})(?![\\p{L}])`, 'giu');
/** "KZT 96.1 million", "USD 300,000". */
const CODE_FIRST = new RegExp(`\\b(${[...CURRENCY_CODES].join('|')})\\s?(${NUMBER})(?:\\s?(${MULTIPLIER})\\b)?`, 'gu');

/** Every amount of money in the article, with its value and currency. */
export function findAmounts(text: string): DraftAmount[] {
  const amounts: DraftAmount[] = [];
  const add = (start: number, words: string, number: string, multiplier: string | undefined, currency: string | undefined) => {
    if (!currency) return;
    const value = Number(number.replace(/,/g, '')) * (multiplier ? (MULTIPLIERS[multiplier.toLowerCase()] ?? 1) : 1);
    const end = start + words.trimEnd().length;
    if (amounts.some((a) => start < a.end && a.start < end) || !Number.isFinite(value)) return;
    amounts.push({ ...spanOf(text, start, end), value: Math.round(value * 100) / 100, currency });
  };
  for (const m of text.matchAll(SYMBOL_FIRST)) add(m.index, m[0], m[2]!, m[3], CURRENCY_SYMBOLS[m[1]!]);
  for (const m of text.matchAll(NUMBER_FIRST)) add(m.index, m[0], m[1]!, m[2], currencyOfWord(m[3]!));
  for (const m of text.matchAll(CODE_FIRST)) add(m.index, m[0], m[2]!, m[3], m[1]);
  return amounts.sort((a, b) => a.start - b.start);
}

function currencyOfWord(word: string): string | undefined {
  if (CURRENCY_CODES.has(word)) return word;
  return CURRENCY_WORDS[word.toLowerCase()];
}
