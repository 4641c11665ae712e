/**
 * timeline(filter, unit) on the seeds, where the articles say what happened when: each date
 * bucketed at its own precision, coarser dates kept apart, undated items counted, never placed.
 */
import { MAX_TIMELINE_PERIODS } from '../../src/repository';
import { ApiClient, createApiClient } from '../helpers/api-client';

let api: ApiClient;

beforeAll(async () => {
  api = await createApiClient();
});

afterAll(async () => {
  await api.stop();
});

interface Bucket {
  period: string;
  unit: string;
  count: number;
  inferred: number;
  items: { __typename: string; id: string }[];
}
interface TimelineAnswer {
  timeline: { unit: string; buckets: Bucket[]; coarser: Bucket[]; undated: number };
}

const TIMELINE = /* GraphQL */ `
  query ($filter: TimelineFilter, $unit: TimeUnit, $first: Int) {
    timeline(filter: $filter, unit: $unit) {
      unit
      buckets {
        ...Bucket
      }
      coarser {
        ...Bucket
      }
      undated
    }
  }

  fragment Bucket on TimelineBucket {
    period
    unit
    count
    inferred
    items(first: $first) {
      __typename
      ... on Event {
        id
      }
      ... on Statement {
        id
      }
      ... on Commitment {
        id
      }
    }
  }
`;

async function timeline(variables: Record<string, unknown>) {
  return (await api.query<TimelineAnswer>(TIMELINE, variables)).timeline;
}

const nonEmpty = (buckets: Bucket[]) => buckets.filter((bucket) => bucket.count > 0);
/** Every item of the seeds: 15 events, 56 statements, 13 commitments. */
const ITEMS = 15 + 56 + 13;

describe('the daily timeline of 2010', () => {
  let answer: TimelineAnswer['timeline'];

  beforeAll(async () => {
    answer = await timeline({ unit: 'DAY', filter: { from: '2010', to: '2010' }, first: 100 });
  });

  test('has a bucket for every day of the year, in order, empty ones with count 0', () => {
    expect(answer.unit).toBe('DAY');
    expect(answer.buckets).toHaveLength(365);
    expect(answer.buckets[0]!.period).toBe('2010-01-01');
    expect(answer.buckets[364]!.period).toBe('2010-12-31');
    const periods = answer.buckets.map((bucket) => bucket.period);
    expect([...periods].sort()).toEqual(periods);
    expect(new Set(answer.buckets.map((bucket) => bucket.unit))).toEqual(new Set(['DAY']));
  });

  test('places the Astana anti-terrorism conference of 14 October, what was said there and the two proposals made there, all on an inferred year', () => {
    const [october14, ...others] = nonEmpty(answer.buckets);
    expect(others).toEqual([]);
    expect(october14).toMatchObject({ period: '2010-10-14', count: 18, inferred: 18 });
    const kinds = october14!.items.map((item) => item.__typename);
    expect(kinds.filter((kind) => kind === 'Event')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'Statement')).toHaveLength(15);
    expect(kinds.filter((kind) => kind === 'Commitment')).toHaveLength(2);
    // Events first, then statements, then commitments, on one date.
    expect(kinds).toEqual([...kinds].sort((a, b) => ['Event', 'Statement', 'Commitment'].indexOf(a) - ['Event', 'Statement', 'Commitment'].indexOf(b)));
    expect(october14!.items[0]!.id).toBe('event:osce-counter-terrorism-conference-astana-2010');
    expect(october14!.items.map((item) => item.id)).toEqual(
      expect.arrayContaining([
        'statement:nurtai-abykayev-terrorist-groups-getting-closer',
        'commitment:kazakhstan-proposal-annual-osce-terrorism-prevention-conferences',
        // Made in a closed session with no date, but in Rogachev's statement at the conference.
        'commitment:russian-american-initiative-tourism-public-private-partnership-against-terrorism',
      ]),
    );
  });

  test('puts the December summit in `coarser`, as the month 2010-12: never on 1 December', () => {
    expect(answer.coarser).toEqual([
      { period: '2010-12', unit: 'MONTH', count: 1, inferred: 1, items: [{ __typename: 'Event', id: 'event:osce-summit-astana-2010' }] },
    ]);
    expect(answer.buckets.find((bucket) => bucket.period === '2010-12-01')!.count).toBe(0);
  });

  test('a bucket answers its first `first` items', async () => {
    const two = await timeline({ unit: 'DAY', filter: { from: '2010-10-14', to: '2010-10-14' }, first: 2 });
    expect(two.buckets).toHaveLength(1);
    expect(two.buckets[0]!.count).toBe(18);
    expect(two.buckets[0]!.items).toHaveLength(2);
  });
});

describe('undated items', () => {
  test('the 26 October conference (no year) is counted in `undated`, with what was said there, and placed nowhere', async () => {
    // Henriette Kiefer took part in it and spoke twice there; she appears nowhere else.
    const kiefer = await timeline({ unit: 'DAY', filter: { actorId: 'person:henriette-kiefer' } });
    expect(kiefer).toEqual({ unit: 'DAY', buckets: [], coarser: [], undated: 3 });
  });

  test('the undated events are the ones whose year the events facet counts as "unknown"', async () => {
    const { events } = await api.query<{ events: { facets: { year: { value: string; count: number }[] } } }>(
      '{ events { facets(top: 100) { year { value count } } } }',
    );
    const unknown = events.facets.year.find((facet) => facet.value === 'unknown')!.count;
    expect(unknown).toBe(7);
    expect((await timeline({ filter: { kinds: ['EVENT'] } })).undated).toBe(unknown);
  });
});

describe('units', () => {
  test('a yearly timeline of everything: every item is either placed or undated', async () => {
    const years = await timeline({ unit: 'YEAR' });
    expect(years.buckets.map((bucket) => [bucket.period, bucket.count])).toEqual([
      ['2009', 2],
      ['2010', 19],
      ['2011', 0],
      ['2012', 0],
      ['2013', 0],
      ['2014', 0],
      ['2015', 0],
      ['2016', 1],
      ['2017', 15],
      ['2018', 1],
    ]);
    expect(years.coarser).toEqual([]);
    const placed = years.buckets.reduce((sum, bucket) => sum + bucket.count, 0);
    expect(placed + years.undated).toBe(ITEMS);
    expect(years.undated).toBe(46);
  });

  test('quarters: May and June 2017 fall in 2017-Q2, the July visit in Q3', async () => {
    const quarters = await timeline({ unit: 'QUARTER', filter: { from: '2017', to: '2017' } });
    expect(quarters.buckets.map((bucket) => [bucket.period, bucket.count])).toEqual([
      ['2017-Q1', 0],
      ['2017-Q2', 14],
      ['2017-Q3', 1],
      ['2017-Q4', 0],
    ]);
  });

  test('MONTH is the default unit; the Athens year 2009 is coarser than a month', async () => {
    const months = await timeline({});
    expect(months.unit).toBe('MONTH');
    expect(months.buckets[0]!.period).toBe('2009-01');
    expect(months.buckets.at(-1)!.period).toBe('2018-01');
    expect(months.buckets).toHaveLength(9 * 12 + 1);
    expect(months.coarser.map(({ period, unit, count }) => ({ period, unit, count }))).toEqual([{ period: '2009', unit: 'YEAR', count: 2 }]);
    expect(months.buckets.find((bucket) => bucket.period === '2010-12')).toMatchObject({ count: 1, items: [{ id: 'event:osce-summit-astana-2010' }] });
  });
});

describe('filters', () => {
  test('includeInferred: false leaves out every date the annotators inferred: the 2016 training and the 2018 presidency remain', async () => {
    const stated = await timeline({ unit: 'MONTH', filter: { includeInferred: false } });
    expect(nonEmpty(stated.buckets).map(({ period, count, inferred, items }) => ({ period, count, inferred, items }))).toEqual([
      { period: '2016-04', count: 1, inferred: 0, items: [{ __typename: 'Event', id: 'event:knb-special-forces-training-almaty-province-2016' }] },
      { period: '2018-01', count: 1, inferred: 0, items: [{ __typename: 'Event', id: 'event:kazakhstan-un-security-council-presidency-january-2018' }] },
    ]);
    expect(stated.buckets).toHaveLength(22);
    expect(stated.coarser).toEqual([]);
  });

  test('actorId: what an actor took part in and said (Ashikbayev at the UN session of 8 June 2017)', async () => {
    const ashikbayev = await timeline({ unit: 'DAY', filter: { actorId: 'person:yerzhan-ashikbayev' }, first: 10 });
    expect(ashikbayev.buckets.map(({ period, count, items }) => ({ period, count, items: items.map((item) => item.id) }))).toEqual([
      {
        period: '2017-06-08',
        count: 2,
        items: ['event:un-security-council-session-on-is-and-al-qaeda-2017', 'statement:yerzhan-ashikbayev-announces-trust-fund-contribution'],
      },
    ]);
  });

  test('actorId: what an actor benefits from (the UN trust fund, on the day of the statement that announced it)', async () => {
    const fund = await timeline({ unit: 'DAY', filter: { actorId: 'organisation:un-counter-terrorism-trust-fund' } });
    expect(fund.buckets.map(({ period, items }) => ({ period, items }))).toEqual([
      { period: '2017-06-08', items: [{ __typename: 'Commitment', id: 'commitment:kazakhstan-un-counter-terrorism-trust-fund-contribution' }] },
    ]);
  });

  test('kinds: only statements; a range with no item of them keeps its periods, zero-filled', async () => {
    const statements = await timeline({ unit: 'MONTH', filter: { kinds: ['STATEMENT'], from: '2017-05', to: '2017-07' } });
    expect(statements.buckets.map(({ period, count }) => [period, count])).toEqual([
      ['2017-05', 3],
      ['2017-06', 7],
      ['2017-07', 0],
    ]);
    const none = await timeline({ unit: 'YEAR', filter: { from: '1990', to: '1992' } });
    expect(none.buckets.map(({ period, count }) => [period, count])).toEqual([
      ['1990', 0],
      ['1991', 0],
      ['1992', 0],
    ]);
  });
});

describe('bounds and bad input', () => {
  async function errorOf(query: string, variables?: Record<string, unknown>) {
    const { errors } = await api.execute(query, variables);
    expect(errors).toHaveLength(1);
    return { code: errors![0]!.extensions?.code, message: errors![0]!.message };
  }

  test(`a timeline of more than ${MAX_TIMELINE_PERIODS} periods is refused before anything is allocated, saying what to ask instead`, async () => {
    const refused = await errorOf('{ timeline(unit: DAY, filter: { from: "1900", to: "1999" }) { undated } }');
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toBe(
      `a DAY timeline from 1900-01-01 to 1999-12-31 would have 36524 periods, more than the ${MAX_TIMELINE_PERIODS} one timeline answers; ask for a coarser unit (YEAR, QUARTER, MONTH) or a narrower filter.from and filter.to, at most ${MAX_TIMELINE_PERIODS} periods apart`,
    );
    // A century of months is within the bound.
    expect((await timeline({ unit: 'MONTH', filter: { from: '1900', to: '1999' } })).buckets).toHaveLength(1200);
  });

  test('a bucket answers at most 100 items', async () => {
    const refused = await errorOf('{ timeline { buckets { items(first: 101) { __typename } } } }');
    expect(refused).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('first must be at most 100 (got 101)') });
  });

  test('bad dates, a reversed range and an actor id that is not an actor are refused', async () => {
    expect(await errorOf('{ timeline(filter: { from: "2010-13" }) { undated } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('from must be an ISO date'),
    });
    expect(await errorOf('{ timeline(filter: { from: "2011", to: "2010" }) { undated } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'filter.from (2011) is after filter.to (2010); give the earlier date as from',
    });
    expect((await errorOf('{ timeline(filter: { actorId: "event:osce-summit-astana-2010" }) { undated } }')).code).toBe('BAD_USER_INPUT');
  });
});
