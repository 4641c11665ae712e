import * as chrono from 'chrono-node';
import type { PartialDateFormat } from '../loader/annotation/annotation-format';
import { spanOf, type TextSpan } from './spans';

/** A date the article gives, at its precision, with the words it uses. */
export interface DraftDate extends TextSpan {
  readonly date: PartialDateFormat;
  readonly until?: PartialDateFormat;
}

/** What a year may be inferred from: the publication date given with --published, or the dateline's date. */
export interface YearReference {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Where the reference comes from, for `inferred`. */
  readonly from: string;
}

const RELATIVE = /\b(today|yesterday|tomorrow|tonight|last|next|this|ago|coming|previous|past)\b/i;
const MONTH_ONLY = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * The dates of the article, parsed by chrono-node. A date keeps the source's words and the
 * precision they give (day, month, year); a year the words do not give is inferred only from
 * `reference` (the publication date, or the dateline's), and marked so with the reason. Words
 * with neither year nor month ("this fall") are no date; relative words need a reference.
 */
export function findDates(text: string, reference?: YearReference): DraftDate[] {
  const ref = reference ? new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const dates: DraftDate[] = [];
  for (const result of chrono.parse(text, { instant: ref, timezone: 0 })) {
    const words = /^(?:on|in|at|by|from|since|until|of|during)\s+/i;
    const raw = result.text.replace(/[\s,.;:]+$/, '');
    const lead = raw.match(words)?.[0].length ?? 0;
    const span = spanOf(text, result.index + lead, result.index + raw.length);
    // "within a year", "for two years": a length of time, not a date.
    if (/^(?:within|for|over)\b/i.test(result.text)) continue;
    // chrono fills in a year the words do not give: only four digits state one.
    const relative = RELATIVE.test(span.text) || (!/\b\d{4}\b/.test(span.text) && /\b(?:year|month|week)s?\b/i.test(span.text));
    // "Now", "today": no year, month or day a reader could check; never a date of the draft.
    if (!/\d|january|february|march|april|may|june|july|august|september|october|november|december|year|month/i.test(span.text)) continue;
    if (relative && !reference) continue;
    const { start, end } = result;
    if (!start.isCertain('month') && !start.isCertain('year') && !relative) continue;
    // "May" alone is a month only after a preposition: "in May", not "May I".
    if (
      MONTH_ONLY.test(span.text) &&
      lead === 0 &&
      !/\b(?:in|since|until|by|from|of|early|late|mid|end of)\s+$/i.test(text.slice(Math.max(0, span.start - 12), span.start))
    )
      continue;
    const range = end ? /\s*[-–—]\s*|\s+(?:to|until|and)\s+/.exec(span.text) : null;
    const startText = range ? span.text.slice(0, range.index) : span.text;
    const date = partialDate(startText, start, reference, relative);
    if (!date) continue;
    const endDate = end && range ? partialDate(span.text.slice(range.index + range[0].length), end, reference, relative) : undefined;
    dates.push({ ...span, date, until: endDate });
  }
  return withDayRanges(text, withBareYears(text, dates));
}

function partialDate(
  words: string,
  component: chrono.ParsedComponents,
  reference: YearReference | undefined,
  relative: boolean,
): PartialDateFormat | undefined {
  const month = component.isCertain('month') ? (component.get('month') ?? undefined) : undefined;
  const day = component.isCertain('day') ? (component.get('day') ?? undefined) : undefined;
  const stated = component.isCertain('year') && !relative && /\d{4}/.test(words);
  if (stated) return { text: words, year: component.get('year')!, ...(month && { month }), ...(day && month && { day }) };
  if (!reference) return month ? { text: words, month, ...(day && { day }) } : undefined;
  const year = component.get('year')!;
  const inferred = relative
    ? `The article says "${words}"; counted from ${reference.from}.`
    : `The article gives no year; ${year} is the year nearest ${reference.from} in which ${words} falls.`;
  return { text: words, year, ...(month && { month }), ...(day && month && { day }), inferred };
}

/** A year alone ("in 2020", "by 2030"), which chrono leaves out. */
function withBareYears(text: string, dates: DraftDate[]): DraftDate[] {
  const found = [...dates];
  for (const m of text.matchAll(/\b(?:in|by|for|since|until|from|of|before|after|year|early|late|mid-)\s+((?:19|20)\d{2})\b(?![,.]\d)/gi)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (found.some((d) => start >= d.start && start < d.end)) continue;
    found.push({ ...spanOf(text, start, start + 4), date: { text: m[1]!, year: Number(m[1]) } });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "October 14th – 15th": chrono reads the first day; the second is the end of the range. */
function withDayRanges(text: string, dates: DraftDate[]): DraftDate[] {
  return dates.map((d) => {
    if (d.until || d.date.day === undefined) return d;
    const m = /^\s*[-–—]\s*(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.slice(d.end, d.end + 12));
    if (!m) return d;
    const day = Number(m[1]);
    if (day <= d.date.day || day > 31) return d;
    const endWords = m[0].replace(/^\s*[-–—]\s*/, '');
    const { text: _text, ...parts } = d.date;
    return { ...d, until: { ...parts, text: endWords, day } };
  });
}

/** The date of a dateline ("OSH, 5 March 2024 —"): a reference for the article's years. */
export function datelineDate(text: string): YearReference | undefined {
  const head = text.slice(0, 600);
  const dash = /(?:—|–|--)/.exec(head);
  if (!dash) return undefined;
  const lineStart = head.lastIndexOf('\n', dash.index) + 1;
  const result = chrono.strict.parse(head.slice(lineStart, dash.index))[0];
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('day')) return undefined;
  return { year: result.start.get('year')!, month: result.start.get('month')!, day: result.start.get('day')!, from: `the dateline's date (${result.text})` };
}
