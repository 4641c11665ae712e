/**
 * The date index of events answers exactly what a scan of every event answers: events whose
 * known days overlap the range, in corpus order, at each date's precision, never an event
 * without a known year; including events that start before the range and last into it,
 * long ones among short ones, and events whose end comes before their start.
 */
import fc from 'fast-check';
import type { Event, PartialDate } from '../../src/domain';
import { dayRangeOf, precisionOf } from '../../src/domain';
import type { DayRange } from '../../src/repository';
import { EventDates } from '../../src/repository/event-dates';
import { dateKey, sortedBy } from '../../src/repository/ordering';

/** The definition: an event's days are its start's first day to its end's (or start's) last day. */
function overlapsByScan(event: Event, { from, to }: DayRange): boolean {
  const start = event.startDate && dayRangeOf(event.startDate);
  const end = (event.endDate && dayRangeOf(event.endDate)) ?? start;
  if (!start || !end) return false;
  return (from === undefined || end[1] >= from) && (to === undefined || start[0] <= to);
}

const partialDate = fc
  .record({
    year: fc.option(fc.integer({ min: 2005, max: 2012 }), { nil: undefined, freq: 8 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined, freq: 3 }),
    day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined, freq: 3 }),
  })
  .map(({ year, month, day }): PartialDate => {
    const parts = { year, month, day: month === undefined ? undefined : day };
    return { text: JSON.stringify(parts), ...parts, precision: precisionOf(parts) };
  });

const eventsArbitrary = fc
  .array(fc.record({ startDate: fc.option(partialDate, { nil: undefined, freq: 6 }), endDate: fc.option(partialDate, { nil: undefined, freq: 2 }) }), {
    maxLength: 80,
  })
  .map((dates) =>
    sortedBy(
      dates.map(({ startDate, endDate }, i): Event => ({
        id: `event:e${i}`,
        name: `Event ${i}`,
        kind: 'MEETING',
        startDate,
        endDate,
        organiserIds: [],
        participations: [],
        sourceId: 'source:s',
        evidence: [],
      })),
      dateKey,
    ),
  );

const day = fc
  .record({ year: fc.integer({ min: 2004, max: 2013 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
const rangeArbitrary = fc.record({ from: fc.option(day, { nil: undefined }), to: fc.option(day, { nil: undefined }) });

test('a range answers what a scan of every event answers, in the same order', () => {
  fc.assert(
    fc.property(eventsArbitrary, fc.array(rangeArbitrary, { minLength: 1, maxLength: 10 }), (events, ranges) => {
      const index = new EventDates(events);
      for (const range of ranges) {
        const expected = events.filter((event) => overlapsByScan(event, range)).map((event) => event.id);
        expect(index.overlapping(range).events.map((event) => event.id)).toEqual(expected);
        for (const event of events) expect(index.overlaps(event, range)).toBe(overlapsByScan(event, range));
      }
    }),
    { seed: 20_260_601, numRuns: 300 },
  );
});

test('an event that started long before the range and lasts into it is found among many that do not', () => {
  const event = (id: string, start: string, end?: string): Event => {
    const date = (iso: string): PartialDate => {
      const [year, month, day] = iso.split('-').map(Number);
      return { text: iso, year, month, day, precision: 'DAY' };
    };
    return {
      id,
      name: id,
      kind: 'MEETING',
      startDate: date(start),
      endDate: end ? date(end) : undefined,
      organiserIds: [],
      participations: [],
      sourceId: 'source:s',
      evidence: [],
    };
  };
  const days = Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10));
  const events = sortedBy(
    [event('event:long', '2009-06-01', '2011-01-01'), event('event:backwards', '2010-12-01', '2010-01-01'), ...days.map((d) => event(`event:${d}`, d))],
    dateKey,
  );
  const index = new EventDates(events);
  const ids = (range: DayRange) => index.overlapping(range).events.map((e) => e.id);
  expect(ids({ from: '2010-12-01', to: '2010-12-31' })).toEqual(['event:long']);
  expect(ids({ from: '2010-10-27', to: '2010-10-28' })).toEqual(['event:long', 'event:2010-10-27']);
  // Ends (2010-01-01) before the range: out, though it starts in it.
  expect(ids({ from: '2010-11-30', to: '2010-12-01' })).toEqual(['event:long']);
  expect(index.overlapping({ from: '2010-11-30', to: '2010-12-01' }).rejected).toBe(1);
  expect(ids({ from: '2009-12-31', to: '2010-12-01' })).toEqual(['event:long', ...days.map((d) => `event:${d}`), 'event:backwards']);
});

test('refuses events out of date order: the index relies on it', () => {
  const [a, b] = sortedBy(
    [
      {
        id: 'event:a',
        name: 'a',
        kind: 'MEETING',
        startDate: { text: '2010', year: 2010, precision: 'YEAR' },
        organiserIds: [],
        participations: [],
        sourceId: 's',
        evidence: [],
      },
      {
        id: 'event:b',
        name: 'b',
        kind: 'MEETING',
        startDate: { text: '2011', year: 2011, precision: 'YEAR' },
        organiserIds: [],
        participations: [],
        sourceId: 's',
        evidence: [],
      },
    ] satisfies Event[],
    dateKey,
  );
  expect(() => new EventDates([b!, a!])).toThrow(/date order/);
});
