import type { DatePrecision } from './kinds';

/** A date at the precision the source gives it, with the source's own words. */
export interface PartialDate {
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
  /** Why part of the date was inferred rather than stated; absent when nothing was. */
  readonly inferredBecause?: string;
}

export function precisionOf(date: { month?: number; day?: number }): DatePrecision {
  if (date.day !== undefined) return 'DAY';
  if (date.month !== undefined) return 'MONTH';
  return 'YEAR';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 at the known precision ("2017-06-09", "2018-01", "2020"); null without a year. */
export function isoOf(date: PartialDate): string | null {
  if (date.year === undefined) return null;
  let iso = String(date.year).padStart(4, '0');
  if (date.month !== undefined) iso += `-${pad(date.month)}`;
  if (date.month !== undefined && date.day !== undefined) iso += `-${pad(date.day)}`;
  return iso;
}

/** The first and last day a date can mean, as comparable ISO day strings; undefined without a year. */
export function dayRangeOf(date: Pick<PartialDate, 'year' | 'month' | 'day'>): [string, string] | undefined {
  const { year, month, day } = date;
  if (year === undefined) return undefined;
  const y = String(year).padStart(4, '0');
  if (month === undefined) return [`${y}-01-01`, `${y}-12-31`];
  if (day === undefined) return [`${y}-${pad(month)}-01`, `${y}-${pad(month)}-${pad(daysInMonth(year, month))}`];
  return [`${y}-${pad(month)}-${pad(day)}`, `${y}-${pad(month)}-${pad(day)}`];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2017", "2017-06" or "2017-06-09" into its parts; undefined when it is not such a date. */
export function parseIsoPartialDate(iso: string): { year: number; month?: number; day?: number } | undefined {
  const match = ISO_PARTIAL.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  return { year, month, day };
}
