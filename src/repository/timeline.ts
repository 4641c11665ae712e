import type { Commitment, DatePrecision, Event, PartialDate, Statement } from '../domain';
import { dayRangeOf } from '../domain';
import type { DayRange } from './filters';
import { firstAfter, firstAtOrAfter } from './sorted-days';

/** The units a timeline buckets by, coarsest first. */
export const TIME_UNITS = ['YEAR', 'QUARTER', 'MONTH', 'DAY'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** What a timeline places: events (when held), statements (when said), commitments (when made). */
export const TIMELINE_ITEM_KINDS = ['EVENT', 'STATEMENT', 'COMMITMENT'] as const;
export type TimelineItemKind = (typeof TIMELINE_ITEM_KINDS)[number];
export type TimelineItem = Event | Statement | Commitment;

/**
 * The most periods one timeline answers: ten years of days (or three centuries of months).
 * A longer one is refused before anything is allocated; the client asks for a coarser unit
 * or a narrower range.
 */
export const MAX_TIMELINE_PERIODS = 3660;

/** A timeline longer than MAX_TIMELINE_PERIODS: what was asked and how long it would have been. */
export class TimelineTooLongError extends Error {
  constructor(
    readonly unit: TimeUnit,
    readonly periods: number,
    readonly first: string,
    readonly last: string,
  ) {
    super(`a ${unit} timeline from ${first} to ${last} would have ${periods} periods, more than the ${MAX_TIMELINE_PERIODS} one timeline answers`);
  }
}

const UNIT_RANK: Record<TimeUnit, number> = { YEAR: 0, QUARTER: 1, MONTH: 2, DAY: 3 };
/** The unit a date's own precision is: a date never has a quarter's precision. */
const UNIT_OF_PRECISION: Record<DatePrecision, TimeUnit> = { YEAR: 'YEAR', MONTH: 'MONTH', DAY: 'DAY' };
const KIND_RANK: Record<TimelineItemKind, number> = { EVENT: 0, STATEMENT: 1, COMMITMENT: 2 };
const DAY_MS = 86_400_000;

/** One item with its date keys, computed once when the repository is built. */
export interface TimelineEntry {
  readonly kind: TimelineItemKind;
  readonly item: TimelineItem;
  /** Whether part of its date was inferred rather than stated. */
  readonly inferred: boolean;
  /** The unit its date is known to; undefined without a known year. */
  readonly precision?: TimeUnit;
  /** The first and last day its date can mean (ISO day strings); undefined without a known year. */
  readonly days?: readonly [string, string];
  /** Its period's index at each unit up to its precision (see periodIndex); absent at finer units. */
  readonly periods: Partial<Record<TimeUnit, number>>;
}

/** The date a timeline places an item by: an event when held, a statement when said, a commitment when made. */
export interface DatedItems {
  readonly events: readonly Event[];
  readonly statements: readonly Statement[];
  readonly commitments: readonly Commitment[];
  readonly eventById: (id: string) => Event | undefined;
  readonly statementById: (id: string) => Statement | undefined;
}

/** When a statement was made: its own date, else its event's start. */
function statementDate(statement: Statement | undefined, items: DatedItems): PartialDate | undefined {
  if (!statement) return undefined;
  return statement.date ?? (statement.eventId ? items.eventById(statement.eventId)?.startDate : undefined);
}

/** When a commitment was made: its statement's date (or that statement's event's), else its own event's start. */
function commitmentDate(commitment: Commitment, items: DatedItems): PartialDate | undefined {
  const fromStatement = commitment.statementId ? statementDate(items.statementById(commitment.statementId), items) : undefined;
  return fromStatement ?? (commitment.eventId ? items.eventById(commitment.eventId)?.startDate : undefined);
}

/**
 * The index of the period a date falls in at a unit: the year; quarters, months or days
 * counted from year 0 / the epoch, so that consecutive periods have consecutive indexes.
 */
export function periodIndex(date: { year: number; month?: number; day?: number }, unit: TimeUnit): number | undefined {
  const { year, month, day } = date;
  switch (unit) {
    case 'YEAR':
      return year;
    case 'QUARTER':
      return month === undefined ? undefined : year * 4 + Math.floor((month - 1) / 3);
    case 'MONTH':
      return month === undefined ? undefined : year * 12 + (month - 1);
    case 'DAY':
      return month === undefined || day === undefined ? undefined : Date.UTC(year, month - 1, day) / DAY_MS;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 for a period index at a unit: "2017", "2017-Q2", "2017-06", "2017-06-08". */
export function periodLabel(index: number, unit: TimeUnit): string {
  switch (unit) {
    case 'YEAR':
      return pad(index, 4);
    case 'QUARTER':
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    case 'MONTH':
      return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
    case 'DAY':
      return new Date(index * DAY_MS).toISOString().slice(0, 10);
  }
}

/** The period index of an ISO day ("2010-10-14") at a unit. */
function dayPeriod(day: string, unit: TimeUnit): number {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return periodIndex({ year, month, day: dayOfMonth }, unit)!;
}

function entryOf(kind: TimelineItemKind, item: TimelineItem, date: PartialDate | undefined): TimelineEntry {
  const inferred = date?.inferredBecause !== undefined;
  const days = date && dayRangeOf(date);
  if (!date || date.year === undefined || !days) return { kind, item, inferred, periods: {} };
  const precision = UNIT_OF_PRECISION[date.precision];
  const periods: Partial<Record<TimeUnit, number>> = {};
  for (const unit of TIME_UNITS) {
    const index = periodIndex({ year: date.year, month: date.month, day: date.day }, unit);
    if (index !== undefined) periods[unit] = index;
  }
  return { kind, item, inferred, precision, days, periods };
}

/** A timeline's filter, as clients give it to the repository. */
export interface TimelineFilter {
  /** Only what this actor organised, took part in, spoke at or said, committed to or benefits from. */
  readonly actorId?: string;
  readonly kinds?: readonly TimelineItemKind[];
  readonly dates?: DayRange;
  /** False leaves out items whose date was partly inferred; true when not given. */
  readonly includeInferred?: boolean;
}

/** A timeline's filter, as the index takes it. */
export interface TimelineQuery {
  readonly unit: TimeUnit;
  /** Only what this actor organised, took part in, spoke at or said, committed to or benefits from. */
  readonly actorItems?: ReadonlySet<TimelineItem>;
  readonly kinds?: readonly TimelineItemKind[];
  /** Items whose days overlap the range; items without a known year are counted in `undated` whatever the range. */
  readonly dates?: DayRange;
  readonly includeInferred: boolean;
}

export interface TimelineBucket {
  readonly period: string;
  readonly unit: TimeUnit;
  readonly count: number;
  readonly inferred: number;
  /** Every item of the period, in date order (events, then statements, then commitments on one date). */
  readonly items: readonly TimelineItem[];
}

export interface Timeline {
  readonly unit: TimeUnit;
  readonly buckets: readonly TimelineBucket[];
  readonly coarser: readonly TimelineBucket[];
  readonly undated: number;
}

/** The most a timeline over the whole corpus holds, per unit: what the cost model bounds its lists by. */
export interface TimelineFanOuts {
  /** The first and last period any dated item falls in, per unit (undefined in a corpus without dates). */
  readonly span: Readonly<Record<TimeUnit, readonly [number, number] | undefined>>;
  /** How many distinct coarser periods a timeline of the whole corpus has, per unit. */
  readonly coarserPeriods: Readonly<Record<TimeUnit, number>>;
  /** The most items one period (placed or coarser) holds, per unit. */
  readonly mostPerPeriod: Readonly<Record<TimeUnit, number>>;
}

/** How many periods from `from` to `to` at `unit` (ISO dates at any precision), as the cost model estimates it. */
export function periodsOfRange(unit: TimeUnit, range: DayRange, fanOuts: TimelineFanOuts): number {
  const span = fanOuts.span[unit];
  const first = range.from !== undefined ? dayPeriod(range.from, unit) : span?.[0];
  const last = range.to !== undefined ? dayPeriod(range.to, unit) : span?.[1];
  if (first === undefined || last === undefined) return range.from !== undefined || range.to !== undefined ? 1 : 0;
  // A range ending before the corpus's first date (or starting after its last) still has its own period.
  return Math.max(1, Math.min(MAX_TIMELINE_PERIODS, last - first + 1));
}

/**
 * Every dated event, statement and commitment with its date keys, in date order, and the
 * undated ones apart: built once per corpus, so that a timeline only counts.
 */
export class TimelineIndex {
  /** The dated entries, by first day, then kind, then corpus order. */
  private readonly dated: readonly TimelineEntry[];
  private readonly firsts: readonly string[];
  private readonly undated: readonly TimelineEntry[];
  private readonly byItem = new Map<TimelineItem, TimelineEntry>();
  private readonly rank = new Map<TimelineEntry, number>();
  /** The longest an item's days run: a year. A range search starts that much before the range. */
  private readonly longestDays: number;
  /** Timelines without an actor or a range, by unit, kinds and includeInferred: the corpus does not change. */
  private readonly unfiltered = new Map<string, Timeline>();
  private measuredFanOuts: TimelineFanOuts | undefined;

  constructor(items: DatedItems) {
    const entries = [
      ...items.events.map((event) => entryOf('EVENT', event, event.startDate)),
      ...items.statements.map((statement) => entryOf('STATEMENT', statement, statementDate(statement, items))),
      ...items.commitments.map((commitment) => entryOf('COMMITMENT', commitment, commitmentDate(commitment, items))),
    ];
    for (const entry of entries) this.byItem.set(entry.item, entry);
    const dated = entries.filter((entry) => entry.days !== undefined);
    const order = new Map(dated.map((entry, at) => [entry, at]));
    dated.sort((a, b) => (a.days![0] < b.days![0] ? -1 : a.days![0] > b.days![0] ? 1 : KIND_RANK[a.kind] - KIND_RANK[b.kind] || order.get(a)! - order.get(b)!));
    dated.forEach((entry, at) => this.rank.set(entry, at));
    this.dated = dated;
    this.firsts = dated.map((entry) => entry.days![0]);
    this.undated = entries.filter((entry) => entry.days === undefined);
    let longest = 0;
    for (const entry of dated) longest = Math.max(longest, (Date.parse(entry.days![1]) - Date.parse(entry.days![0])) / DAY_MS);
    this.longestDays = longest;
  }

  /** The timeline `query` asks for. Throws TimelineTooLongError, having allocated nothing, when it would have more than MAX_TIMELINE_PERIODS periods. */
  timeline(query: TimelineQuery): Timeline {
    const cacheable = !query.actorItems && !query.dates;
    const key = cacheable ? `${query.unit}|${[...(query.kinds ?? TIMELINE_ITEM_KINDS)].sort().join(',')}|${query.includeInferred}` : '';
    const cached = cacheable ? this.unfiltered.get(key) : undefined;
    if (cached) return cached;
    const answer = this.build(query);
    if (cacheable) this.unfiltered.set(key, answer);
    return answer;
  }

  /** The entry of each item, in timeline order. */
  entriesOf(items: Iterable<TimelineItem>): TimelineEntry[] {
    const ranked: [number, TimelineEntry][] = [];
    for (const item of items) {
      const entry = this.byItem.get(item);
      if (entry) ranked.push([this.rank.get(entry) ?? Infinity, entry]);
    }
    return ranked.sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
  }

  get fanOuts(): TimelineFanOuts {
    if (this.measuredFanOuts) return this.measuredFanOuts;
    const span = {} as Record<TimeUnit, readonly [number, number] | undefined>;
    const coarserPeriods = {} as Record<TimeUnit, number>;
    const mostPerPeriod = {} as Record<TimeUnit, number>;
    for (const unit of TIME_UNITS) {
      const counts = new Map<string, number>();
      const coarser = new Set<string>();
      let [first, last] = [Infinity, -Infinity];
      for (const entry of this.dated) {
        const placedAt = UNIT_RANK[entry.precision!] >= UNIT_RANK[unit] ? unit : entry.precision!;
        const bucket = `${placedAt}:${entry.periods[placedAt]}`;
        counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
        if (placedAt !== unit) coarser.add(bucket);
        first = Math.min(first, dayPeriod(entry.days![0], unit));
        last = Math.max(last, dayPeriod(entry.days![1], unit));
      }
      span[unit] = this.dated.length > 0 ? [first, last] : undefined;
      coarserPeriods[unit] = coarser.size;
      let most = 0;
      for (const count of counts.values()) most = Math.max(most, count);
      mostPerPeriod[unit] = most;
    }
    return (this.measuredFanOuts = { span, coarserPeriods, mostPerPeriod });
  }

  private build({ unit, actorItems, kinds, dates, includeInferred }: TimelineQuery): Timeline {
    const kindSet = kinds && new Set(kinds);
    const wanted = (entry: TimelineEntry) => (!kindSet || kindSet.has(entry.kind)) && (includeInferred || !entry.inferred);
    const inRange = (entry: TimelineEntry) =>
      !dates || ((dates.from === undefined || entry.days![1] >= dates.from) && (dates.to === undefined || entry.days![0] <= dates.to));

    let candidates: readonly TimelineEntry[];
    let undated: number;
    if (actorItems) {
      const entries = this.entriesOf(actorItems);
      candidates = entries.filter((entry) => entry.days !== undefined);
      undated = entries.filter((entry) => entry.days === undefined && wanted(entry)).length;
    } else {
      candidates = dates ? this.datedAround(dates) : this.dated;
      undated = this.undated.filter(wanted).length;
    }
    const entries = candidates.filter((entry) => wanted(entry) && inRange(entry));

    // The periods the buckets cover: the range's, or from the first dated item to the last.
    let first = dates?.from !== undefined ? dayPeriod(dates.from, unit) : undefined;
    let last = dates?.to !== undefined ? dayPeriod(dates.to, unit) : undefined;
    if (entries.length > 0) {
      // Entries come in date order: the first starts earliest.
      first ??= dayPeriod(entries[0]!.days![0], unit);
      if (last === undefined) {
        let lastDay = '';
        for (const entry of entries) if (entry.days![1] > lastDay) lastDay = entry.days![1];
        last = dayPeriod(lastDay, unit);
      }
    }
    first ??= last;
    last ??= first;
    const periods = first === undefined || last === undefined ? 0 : Math.max(0, last - first + 1);
    if (periods > MAX_TIMELINE_PERIODS) throw new TimelineTooLongError(unit, periods, periodLabel(first!, unit), periodLabel(last!, unit));

    const placed = Array.from({ length: periods }, () => ({ count: 0, inferred: 0, items: [] as TimelineItem[] }));
    const coarser = new Map<string, { unit: TimeUnit; index: number; count: number; inferred: number; items: TimelineItem[] }>();
    for (const entry of entries) {
      let bucket;
      if (UNIT_RANK[entry.precision!] >= UNIT_RANK[unit]) {
        bucket = placed[entry.periods[unit]! - first!]!;
      } else {
        const own = entry.precision!;
        const key = `${own}:${entry.periods[own]}`;
        bucket = coarser.get(key);
        if (!bucket) coarser.set(key, (bucket = { unit: own, index: entry.periods[own]!, count: 0, inferred: 0, items: [] }));
      }
      bucket.count++;
      if (entry.inferred) bucket.inferred++;
      bucket.items.push(entry.item);
    }
    return {
      unit,
      buckets: placed.map((bucket, at) => ({ period: periodLabel(first! + at, unit), unit, ...bucket })),
      coarser: [...coarser.values()]
        .map(({ unit: own, index, ...bucket }) => ({ period: periodLabel(index, own), unit: own, ...bucket }))
        .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : UNIT_RANK[a.unit] - UNIT_RANK[b.unit])),
      undated,
    };
  }

  /**
   * The dated entries that can overlap the range: those whose first day is at most `longestDays`
   * before it starts and not after it ends, found by binary search; the caller checks the overlap.
   */
  private datedAround(range: DayRange): readonly TimelineEntry[] {
    const start =
      range.from === undefined ? 0 : firstAtOrAfter(this.firsts, new Date(Date.parse(range.from) - this.longestDays * DAY_MS).toISOString().slice(0, 10));
    const end = range.to === undefined ? this.dated.length : firstAfter(this.firsts, range.to);
    return this.dated.slice(start, Math.max(start, end));
  }
}
