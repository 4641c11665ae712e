/**
 * Who met whom and how two actors connect (issue 14): `network` and `path` on the seeds,
 * where the answers are known: Yerlan Karin's network at the Astana conference, a path
 * between the heads of two OSCE programme offices, truncation, filters, and bad input.
 */
import { ApiClient, createApiClient } from '../helpers/api-client';

interface Span {
  quote: string;
  start: number;
  end: number;
  source: { id: string; text: string };
}
interface TieAnswer {
  kind: string;
  weight: number;
  from: { id: string };
  to: { id: string };
  events: { id: string }[];
  commitments: { id: string }[];
  evidence: Span[];
}

const TIE = `kind weight from { ... on Person { id } ... on Organisation { id } } to { ... on Person { id } ... on Organisation { id } }
  events { id } commitments { id } evidence { quote start end source { id text } }`;
const NETWORK = `query ($seeds: [ID!]!, $hops: Int, $filter: NetworkFilter, $maxActors: Int) {
  network(seedIds: $seeds, hops: $hops, filter: $filter, maxActors: $maxActors) {
    truncated
    actors { ... on Person { id } ... on Organisation { id } }
    ties { ${TIE} }
    measures { actor { ... on Person { id } ... on Organisation { id } } degree weightedDegree community }
  }
}`;
const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int, $filter: NetworkFilter) { path(fromId: $from, toId: $to, maxHops: $maxHops, filter: $filter) { ${TIE} } }`;

interface NetworkAnswer {
  truncated: boolean;
  actors: { id: string }[];
  ties: TieAnswer[];
  measures: { actor: { id: string }; degree: number; weightedDegree: number; community: number }[];
}

const KARIN = 'person:yerlan-karin';
const ASTANA_CONFERENCE = 'event:osce-security-cooperation-conference-astana';
/** The heads of the OSCE Programme Offices in Astana and in Bishkek (seeds 000 and 002). */
const SZABO = 'person:gyorgy-szabo';
const ROGOV = 'person:alexey-rogov';

let api: ApiClient;

beforeAll(async () => {
  api = await createApiClient();
});

afterAll(async () => {
  await api.stop();
});

async function network(variables: Record<string, unknown>): Promise<NetworkAnswer> {
  return (await api.query<{ network: NetworkAnswer }>(NETWORK, variables)).network;
}

/** Every span is exact: the source's text at start..end is the quote. */
function expectExact(ties: readonly TieAnswer[]): void {
  for (const tie of ties) {
    expect(tie.evidence.length).toBeGreaterThan(0);
    for (const span of tie.evidence) expect(span.source.text.slice(span.start, span.end)).toBe(span.quote);
  }
}

const pair = (tie: TieAnswer) => [tie.from.id, tie.to.id].sort().join(' ~ ');

describe("Yerlan Karin's network", () => {
  test('one hop: whom he met at the Astana conference, and the council he chairs, each tie with its evidence', async () => {
    const { actors, ties, truncated } = await network({ seeds: [KARIN] });
    expect(truncated).toBe(false);
    expect(actors[0]!.id).toBe(KARIN);
    const conference = (
      await api.query<{ event: { organisers: { id: string }[]; participants: { actor: { id: string } }[] } }>(
        `{ event(id: "${ASTANA_CONFERENCE}") { organisers { id } participants { actor { ... on Person { id } ... on Organisation { id } } } } }`,
      )
    ).event;
    // Everyone at the conference, and no one else: it is the only event the seeds have him at.
    const atConference = new Set([...conference.organisers.map((o) => o.id), ...conference.participants.map((p) => p.actor.id)]);
    expect(new Set(actors.map((a) => a.id))).toEqual(atConference);
    expect(actors).toHaveLength(10);

    const his = ties.filter((tie) => tie.from.id === KARIN || tie.to.id === KARIN);
    const affiliated = his.filter((tie) => tie.kind === 'AFFILIATED');
    expect(affiliated).toEqual([
      expect.objectContaining({
        from: { id: KARIN },
        to: { id: 'organisation:kazakhstan-council-on-international-relations' },
        weight: 1,
        events: [],
        evidence: [expect.objectContaining({ quote: 'Yerlan Karin, Chairperson of the Kazakhstan Council on International Relations' })],
      }),
    ]);
    const met = his.filter((tie) => tie.kind === 'MET');
    expect(met).toHaveLength(9);
    for (const tie of met) expect(tie).toEqual(expect.objectContaining({ weight: 1, events: [{ id: ASTANA_CONFERENCE }], commitments: [] }));
    // His tie to Szabó carries both men's parts: Karin's words, and "said György Szabó".
    const szabo = met.find((tie) => pair(tie) === [KARIN, SZABO].sort().join(' ~ '))!;
    const quotes = szabo.evidence.map((span) => span.quote);
    expect(quotes).toContain('Yerlan Karin, Chairperson of the Kazakhstan Council on International Relations, said:');
    expect(quotes).toContain('said György Szabó, the Head of the OSCE Programme Office in Astana');
    expectExact(ties);
    // The ties between the others are there too, each pair and kind once.
    const keys = ties.map((tie) => `${tie.kind} ${pair(tie)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ties.length).toBeGreaterThan(his.length);
  });

  test('hops: 0 is Karin alone; more hops reach further, nearest first', async () => {
    expect(await network({ seeds: [KARIN], hops: 0 })).toEqual(expect.objectContaining({ actors: [{ id: KARIN }], ties: [], truncated: false }));
    const one = await network({ seeds: [KARIN], hops: 1 });
    const two = await network({ seeds: [KARIN], hops: 2, maxActors: 500 });
    expect(two.actors.length).toBeGreaterThan(one.actors.length);
    expect(two.actors.slice(0, one.actors.length)).toEqual(one.actors);
  });

  test('maxActors cuts the network to the nearest actors and says so', async () => {
    const whole = await network({ seeds: [KARIN], hops: 2, maxActors: 500 });
    const cut = await network({ seeds: [KARIN], hops: 2, maxActors: 5 });
    expect(cut.truncated).toBe(true);
    expect(cut.actors).toEqual(whole.actors.slice(0, 5));
    const kept = new Set(cut.actors.map((a) => a.id));
    for (const tie of cut.ties) expect(kept.has(tie.from.id) && kept.has(tie.to.id)).toBe(true);
    expect(cut.ties.length).toBeGreaterThan(0);
    // At exactly the size it has, nothing is cut.
    expect((await network({ seeds: [KARIN], hops: 2, maxActors: whole.actors.length })).truncated).toBe(false);
  });

  test('filter.kinds: only his affiliation', async () => {
    const { actors, ties } = await network({ seeds: [KARIN], filter: { kinds: ['AFFILIATED'] } });
    expect(actors.map((a) => a.id)).toEqual([KARIN, 'organisation:kazakhstan-council-on-international-relations']);
    expect(ties.map((tie) => tie.kind)).toEqual(['AFFILIATED']);
  });

  test('filter dates: the undated 26 October conference and an undated affiliation match no range', async () => {
    const { actors, ties } = await network({ seeds: [KARIN], filter: { from: '2000', to: '2030' } });
    expect(actors).toEqual([{ id: KARIN }]);
    expect(ties).toEqual([]);
  });

  test('measures: a degree and a community per actor, in the order of actors', async () => {
    const { actors, ties, measures } = await network({ seeds: [KARIN] });
    expect(measures.map((m) => m.actor)).toEqual(actors);
    const karin = measures[0]!;
    expect(karin.degree).toBe(ties.filter((tie) => tie.from.id === KARIN || tie.to.id === KARIN).length);
    expect(measures[0]!.community).toBe(0);
    expect(Math.max(...measures.map((m) => m.community))).toBeLessThan(actors.length);
  });
});

describe('a network filtered by date', () => {
  test('ties of 2010 only: met at events of 2010, committed in 2010', async () => {
    const kazakhstan = 'organisation:kazakhstan';
    const { ties } = await network({ seeds: [kazakhstan], filter: { from: '2010', to: '2010' }, maxActors: 500 });
    expect(ties.length).toBeGreaterThan(0);
    expect(ties.some((tie) => tie.kind === 'AFFILIATED')).toBe(false);
    const dates = await api.query<{ events: { nodes: { id: string }[] } }>('{ events(filter: { from: "2010", to: "2010" }, first: 100) { nodes { id } } }');
    const of2010 = new Set(dates.events.nodes.map((e) => e.id));
    for (const tie of ties.filter((t) => t.kind === 'MET')) for (const event of tie.events) expect(of2010.has(event.id)).toBe(true);
    const all = await network({ seeds: [kazakhstan], maxActors: 500 });
    expect(all.ties.length).toBeGreaterThan(ties.length);
  });
});

describe('path', () => {
  test('from the head of the OSCE office in Astana to the head of the office in Bishkek: through Kazakhstan, each step with its evidence', async () => {
    const { path } = await api.query<{ path: TieAnswer[] }>(PATH, { from: SZABO, to: ROGOV });
    expect(path.map((tie) => [tie.kind, tie.from.id, tie.to.id])).toEqual([
      ['MET', SZABO, 'organisation:kazakhstan'],
      ['MET', 'organisation:kazakhstan', ROGOV],
    ]);
    expect(path[0]!.events).toEqual([{ id: ASTANA_CONFERENCE }]);
    expectExact(path);
    // Both are heads of their offices: the seeds say so.
    const heads = await api.query<{ a: { affiliations: { role: string }[] }; b: { affiliations: { role: string }[] } }>(
      `{ a: person(id: "${SZABO}") { affiliations { role } } b: person(id: "${ROGOV}") { affiliations { role } } }`,
    );
    expect(heads.a.affiliations.map((a) => a.role)).toContain('Head');
    expect(heads.b.affiliations.map((a) => a.role)).toContain('Head');
  });

  test('null when no chain is within maxHops; none through affiliations alone', async () => {
    expect((await api.query<{ path: null }>(PATH, { from: SZABO, to: ROGOV, maxHops: 1 })).path).toBeNull();
    expect((await api.query<{ path: null }>(PATH, { from: SZABO, to: ROGOV, filter: { kinds: ['AFFILIATED'] } })).path).toBeNull();
  });

  test('a path follows the same ties as a network: its second actor is in the first one-hop network', async () => {
    const { path } = await api.query<{ path: TieAnswer[] }>(PATH, { from: KARIN, to: ROGOV });
    const first = await network({ seeds: [KARIN] });
    expect(first.actors.map((a) => a.id)).toContain(path[0]!.to.id);
    expect(path[path.length - 1]!.to.id).toBe(ROGOV);
  });

  test('from an actor to itself: no ties', async () => {
    expect((await api.query<{ path: unknown[] }>(PATH, { from: KARIN, to: KARIN })).path).toEqual([]);
  });
});

describe('bad input gets a clear error', () => {
  const messageOf = async (query: string, variables: Record<string, unknown>) => {
    const { errors } = await api.execute(query, variables);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return errors![0]!.message;
  };

  test.each([
    [{ seeds: ['person:nobody'] }, 'seedIds: no person or organisation has the id "person:nobody"'],
    [{ seeds: [] }, 'seedIds must name at least one actor'],
    [{ seeds: ['event:osce-review-conference-vienna-2010'] }, 'must be a person id like'],
    [{ seeds: [KARIN], hops: 4 }, 'hops must be a whole number from 0 to 3 (got 4)'],
    [{ seeds: [KARIN], maxActors: 501 }, 'maxActors must be a whole number from 1 to 500 (got 501)'],
    [{ seeds: [KARIN], maxActors: 0 }, 'maxActors must be a whole number from 1 to 500 (got 0)'],
    [{ seeds: [KARIN], filter: { kinds: [] } }, 'filter.kinds must name at least one of MET, AFFILIATED, COMMITTED'],
    [{ seeds: [KARIN], filter: { from: '2017-13' } }, 'filter.from must be an ISO date'],
    [{ seeds: [KARIN], filter: { from: '2018', to: '2017' } }, 'filter.from (2018) is after filter.to (2017)'],
  ])('network %j', async (variables, message) => {
    expect(await messageOf(NETWORK, variables)).toContain(message);
  });

  test.each([
    [{ from: KARIN, to: 'organisation:nobody' }, 'fromId, toId: no person or organisation has the id "organisation:nobody"'],
    [{ from: KARIN, to: ROGOV, maxHops: 9 }, 'maxHops must be a whole number from 1 to 8 (got 9)'],
  ])('path %j', async (variables, message) => {
    expect(await messageOf(PATH, variables)).toContain(message);
  });
});
