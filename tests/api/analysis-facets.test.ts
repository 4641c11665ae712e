/**
 * facets(top) on event, statement and commitment connections, and CommitmentConnection.totals,
 * on the seeds: counts over the whole filtered list (not the page), most frequent first, ties
 * by label; money per currency, never added across currencies.
 */
import { MAX_FACET_TOP } from '../../src/graphql/analysis/facets.type';
import { ApiClient, createApiClient } from '../helpers/api-client';

let api: ApiClient;

beforeAll(async () => {
  api = await createApiClient();
});

afterAll(async () => {
  await api.stop();
});

interface Facet {
  value: string;
  label: string;
  count: number;
}
const counts = (facets: Facet[]) => facets.map(({ value, count }) => [value, count]);

describe('event facets', () => {
  test('over every event: kinds and years most frequent first, ties by label; events without a year under "unknown"', async () => {
    const { events } = await api.query<{ events: { totalCount: number; nodes: unknown[]; facets: Record<string, Facet[]> } }>(
      '{ events(first: 2) { totalCount nodes { id } facets(top: 7) { kind { value label count } year { value label count } } } }',
    );
    expect(events.nodes).toHaveLength(2);
    expect(counts(events.facets.kind!)).toEqual([
      ['CONFERENCE', 5],
      ['MEETING', 3],
      ['SESSION', 3],
      ['OTHER', 1],
      ['SUMMIT', 1],
      ['TRAINING', 1],
      ['VISIT', 1],
    ]);
    expect(events.facets.year).toEqual([
      { value: 'unknown', label: 'unknown', count: 7 },
      { value: '2017', label: '2017', count: 3 },
      { value: '2010', label: '2010', count: 2 },
      { value: '2009', label: '2009', count: 1 },
      { value: '2016', label: '2016', count: 1 },
      { value: '2018', label: '2018', count: 1 },
    ]);
    // Every event counted once in each facet of one value.
    expect(events.facets.kind!.reduce((sum, facet) => sum + facet.count, 0)).toBe(events.totalCount);
    expect(events.facets.year!.reduce((sum, facet) => sum + facet.count, 0)).toBe(events.totalCount);
  });

  test('node-valued facets give the id as value and the name as label', async () => {
    const { events } = await api.query<{ events: { facets: Record<string, Facet[]> } }>(
      '{ events { facets(top: 2) { organiser { value label count } participant { value label count } } } }',
    );
    expect(events.facets.organiser).toEqual([
      { value: 'organisation:osce', label: 'Organization for Security and Co-operation in Europe', count: 4 },
      {
        value: 'organisation:kyrgyzstan-border-service',
        label: 'Border Service of the State Committee for National Security of the Kyrgyz Republic',
        count: 1,
      },
    ]);
    expect(events.facets.participant![0]).toEqual({ value: 'organisation:kazakhstan', label: 'Kazakhstan', count: 7 });
  });

  test('a filtered list counts the filter, not the page: the three events of 2017', async () => {
    const { events } = await api.query<{ events: { totalCount: number; nodes: unknown[]; facets: Record<string, Facet[]> } }>(
      '{ events(filter: { from: "2017", to: "2017" }, first: 1) { totalCount nodes { id } facets { kind { value count } year { value count } } } }',
    );
    expect(events.totalCount).toBe(3);
    expect(events.nodes).toHaveLength(1);
    expect(counts(events.facets.year!)).toEqual([['2017', 3]]);
    expect(counts(events.facets.kind!)).toEqual([
      ['MEETING', 1],
      ['SESSION', 1],
      ['VISIT', 1],
    ]);
  });
});

describe('statement facets', () => {
  test("of a relation's connection: who spoke at the Astana anti-terrorism conference", async () => {
    const { event } = await api.query<{ event: { statements: { totalCount: number; facets: Record<string, Facet[]> } } }>(
      '{ event(id: "event:osce-counter-terrorism-conference-astana-2010") { statements(first: 1) { totalCount facets(top: 4) { speaker { value label count } event { value count } } } } }',
    );
    expect(event.statements.totalCount).toBe(15);
    expect(event.statements.facets.speaker).toEqual([
      { value: 'person:nurtai-abykayev', label: 'Nurtai Abykayev', count: 4 },
      { value: 'person:kanat-saudabayev', label: 'Kanat Saudabayev', count: 3 },
      { value: 'person:ilya-rogachev', label: 'Ilya Rogachev', count: 2 },
      { value: 'organisation:kazakhstan', label: 'Kazakhstan', count: 2 },
    ]);
    expect(counts(event.statements.facets.event!)).toEqual([['event:osce-counter-terrorism-conference-astana-2010', 15]]);
  });

  test('sources are labelled with their titles; kinds cover every statement', async () => {
    const { statements } = await api.query<{ statements: { totalCount: number; facets: Record<string, Facet[]> } }>(
      '{ statements { totalCount facets { kind { value count } source { value label count } } } }',
    );
    expect(counts(statements.facets.kind!)).toEqual([
      ['DIRECT_QUOTE', 28],
      ['REPORTED', 28],
    ]);
    expect(statements.facets.source![0]).toEqual({
      value: 'source:first-anti-terrorism-osce-conference-in-astana',
      label: 'The First Anti-Terrorism OSCE Conference Took Place In The Capital Of Kazakhstan',
      count: 23,
    });
    expect(statements.facets.source!.reduce((sum, facet) => sum + facet.count, 0)).toBe(statements.totalCount);
  });
});

describe('commitment facets and totals', () => {
  const TOTALS = '{ commitments(filter: FILTER) { totalCount totals { currency value commitments } facets { currency { value count } } } }';
  type Totals = { commitments: { totalCount: number; totals: unknown[]; facets: { currency: Facet[] } } };

  test('USD and KZT, never added together: $50 million for Afghan students, and $300,000 stated also as 96.1 million KZT', async () => {
    const { commitments } = await api.query<Totals>(TOTALS.replace('(filter: FILTER)', ''));
    expect(commitments.totals).toEqual([
      { currency: 'KZT', value: 96_100_000, commitments: 1 },
      { currency: 'USD', value: 50_300_000, commitments: 2 },
    ]);
    expect(counts(commitments.facets.currency)).toEqual([
      ['USD', 2],
      ['KZT', 1],
    ]);
  });

  test('the totals of a filtered list: the trust fund contribution counts once in each currency', async () => {
    const { commitments } = await api.query<Totals>(TOTALS.replace('FILTER', '{ eventId: "event:un-security-council-session-on-is-and-al-qaeda-2017" }'));
    expect(commitments.totalCount).toBe(1);
    expect(commitments.totals).toEqual([
      { currency: 'KZT', value: 96_100_000, commitments: 1 },
      { currency: 'USD', value: 300_000, commitments: 1 },
    ]);
  });

  test('a list without money has no totals', async () => {
    const { commitments } = await api.query<Totals>(TOTALS.replace('FILTER', '{ kind: PROPOSAL }'));
    expect(commitments.totalCount).toBe(2);
    expect(commitments.totals).toEqual([]);
    expect(commitments.facets.currency).toEqual([]);
  });

  test('who commits most, and to whose benefit', async () => {
    const { commitments } = await api.query<{ commitments: { facets: Record<string, Facet[]> } }>(
      '{ commitments { facets(top: 1) { kind { value count } actor { value label count } beneficiary { value label count } } } }',
    );
    expect(commitments.facets).toEqual({
      kind: [{ value: 'AGREEMENT', count: 3 }],
      actor: [{ value: 'organisation:kazakhstan', label: 'Kazakhstan', count: 6 }],
      beneficiary: [{ value: 'organisation:afghanistan', label: 'Afghanistan', count: 3 }],
    });
  });
});

describe('top', () => {
  test.each([0, -1, MAX_FACET_TOP + 1])('top: %d is refused, saying what to send', async (top) => {
    const { errors } = await api.execute(`{ events { facets(top: ${top}) { kind { value } } } }`);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toBe(
      `top must be a whole number from 1 to ${MAX_FACET_TOP} (got ${top}); ask for how many of the most frequent values of each facet you want`,
    );
  });

  test('top: 100 is allowed', async () => {
    const { events } = await api.query<{ events: { facets: { participant: Facet[] } } }>(
      `{ events { facets(top: ${MAX_FACET_TOP}) { participant { value } } } }`,
    );
    expect(events.facets.participant.length).toBeGreaterThan(10);
  });
});
