import type { Event } from '../domain';
import { dayRangeOf } from '../domain';
import type { DayRange } from './filters';
import { firstAfter, firstAtOrAfter } from './sorted-days';

/**
 * The days each event can mean, indexed so that a date range is answered by binary search
 * rather than by a scan of every event.
 *
 * An event's days run from the first day its start date can mean to the last day its end date
 * (or, without one, its start date) can mean, at each date's precision; an event whose start
 * has no known year has no days and never matches a range. It overlaps a range when
 * `last >= from` and `first <= to`, comparing ISO day strings as strings.
 *
 * The events come in date order (see ordering.ts: dated events first, by their first day), so
 * the events with `first <= to` are a prefix of the dated ones. Of that prefix, those with
 * `first >= from` match (all but an event that ends before it starts, kept apart as an
 * oddity); those that start before `from` match only if they last until it: a max-tree of the
 * last days finds them without visiting the others. A range costs O(log n) plus what it answers.
 */
export class EventDates {
  /** The events with days, in the corpus order: by first day. */
  private readonly dated: readonly Event[];
  private readonly firsts: readonly string[];
  private readonly lasts: readonly string[];
  /** Where each dated event is in `dated`. */
  private readonly rank = new Map<Event, number>();
  /** Positions, ascending, of events whose last day is before their first (bad data, kept exact). */
  private readonly backwards: readonly number[];
  /** A max-tree over `lasts`: node k covers its children 2k and 2k+1, leaves from `leaves`. */
  private readonly maxLast: string[];
  private readonly leaves: number;

  constructor(events: readonly Event[]) {
    const dated: Event[] = [];
    const firsts: string[] = [];
    const lasts: string[] = [];
    const backwards: number[] = [];
    for (const event of events) {
      const start = event.startDate && dayRangeOf(event.startDate);
      const end = (event.endDate && dayRangeOf(event.endDate)) ?? start;
      if (!start || !end) continue;
      const [first, last] = [start[0], end[1]];
      if (firsts.length > 0 && first < firsts[firsts.length - 1]!) {
        throw new Error(`events must come in date order: ${event.id} (${first}) follows an event of ${firsts[firsts.length - 1]}`);
      }
      if (last < first) backwards.push(dated.length);
      this.rank.set(event, dated.length);
      dated.push(event);
      firsts.push(first);
      lasts.push(last);
    }
    this.dated = dated;
    this.firsts = firsts;
    this.lasts = lasts;
    this.backwards = backwards;

    let leaves = 1;
    while (leaves < dated.length) leaves *= 2;
    this.leaves = leaves;
    // '' sorts before every day: an empty leaf never lasts until a range starts.
    this.maxLast = new Array<string>(2 * leaves).fill('');
    for (let i = 0; i < lasts.length; i++) this.maxLast[leaves + i] = lasts[i]!;
    for (let node = leaves - 1; node >= 1; node--) {
      const [left, right] = [this.maxLast[2 * node]!, this.maxLast[2 * node + 1]!];
      this.maxLast[node] = left > right ? left : right;
    }
  }

  /** Whether the event's days overlap the range; never for an event without a known year. */
  overlaps(event: Event, range: DayRange): boolean {
    const at = this.rank.get(event);
    if (at === undefined) return false;
    return (range.from === undefined || this.lasts[at]! >= range.from) && (range.to === undefined || this.firsts[at]! <= range.to);
  }

  /**
   * The events whose days overlap the range, in corpus order, and how many events were
   * looked at to find them that are not among them (for a work meter).
   */
  overlapping(range: DayRange): { events: Event[]; rejected: number } {
    const end = range.to === undefined ? this.dated.length : firstAfter(this.firsts, range.to);
    if (range.from === undefined) return { events: this.dated.slice(0, end), rejected: 0 };
    const from = range.from;
    const start = Math.min(firstAtOrAfter(this.firsts, from), end);
    // Those that start before the range and last into it.
    const events: Event[] = [];
    this.collectLastingUntil(from, start, 1, 0, this.leaves, events);
    // Those that start in the range: all of them, but for an event that ends before it starts.
    let taken = start;
    let rejected = 0;
    for (const at of this.backwards) {
      if (at < start || at >= end || this.lasts[at]! >= from) continue;
      rejected++;
      for (; taken < at; taken++) events.push(this.dated[taken]!);
      taken = at + 1;
    }
    for (; taken < end; taken++) events.push(this.dated[taken]!);
    return { events, rejected };
  }

  /**
   * Pushes, in order, the events at positions before `end` under `node` (which covers
   * positions `low` to `high`) whose last day is `from` or later. Only subtrees holding one
   * are entered: O(log n) per event pushed.
   */
  private collectLastingUntil(from: string, end: number, node: number, low: number, high: number, into: Event[]): void {
    if (low >= end || this.maxLast[node]! < from) return;
    if (high - low === 1) {
      into.push(this.dated[low]!);
      return;
    }
    const middle = (low + high) >>> 1;
    this.collectLastingUntil(from, end, 2 * node, low, middle, into);
    this.collectLastingUntil(from, end, 2 * node + 1, middle, high, into);
  }
}
