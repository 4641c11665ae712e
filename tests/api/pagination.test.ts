/** Relay cursor connections: walking pages, page sizes, and connections nested in lists. */
import { ApiClient, createApiClient } from '../helpers/api-client';

let api: ApiClient;

beforeAll(async () => {
  api = await createApiClient();
});

afterAll(async () => {
  await api.stop();
});

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name: string } }[];
  nodes: { id: string; name: string }[];
  pageInfo: PageInfo;
}

const ORGANISATIONS_PAGE = /* GraphQL */ `
  query ($first: Int, $after: String) {
    organisations(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
        }
      }
      nodes {
        id
        name
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

async function organisationsPage(variables: { first?: number; after?: string | null }): Promise<Page> {
  return (await api.query<{ organisations: Page }>(ORGANISATIONS_PAGE, variables)).organisations;
}

describe('a forward walk over all organisations, 7 at a time', () => {
  let pages: Page[];

  beforeAll(async () => {
    pages = [];
    let after: string | null = null;
    for (;;) {
      const page = await organisationsPage({ first: 7, after });
      pages.push(page);
      if (!page.pageInfo.hasNextPage || pages.length > 20) break;
      after = page.pageInfo.endCursor;
    }
  });

  test('takes 8 pages for the 50 organisations: seven of 7 and a last one of 1', () => {
    expect(pages.map((page) => page.nodes.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 1]);
    expect(pages.map((page) => page.totalCount)).toEqual(Array(8).fill(50));
  });

  test('collects every organisation exactly once, in name order', async () => {
    const walked = pages.flatMap((page) => page.nodes.map((node) => node.id));
    const whole = (await organisationsPage({ first: 100 })).nodes.map((node) => node.id);
    expect(whole).toHaveLength(50);
    expect(walked).toEqual(whole);
    expect(new Set(walked).size).toBe(50);
    expect(pages[0]!.nodes[0]!.name).toBe('Academy of Public Administration');
    expect(pages[1]!.nodes[0]!.name).toBe('Department for New Challenges and Threats');
    expect(pages[7]!.nodes).toEqual([{ id: 'organisation:world-media-monitoring', name: 'World media monitoring' }]);
  });

  test('hasNextPage is false on the last page only; hasPreviousPage on every page but the first', () => {
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, true, true, true, true, true, false]);
    expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual([false, true, true, true, true, true, true, true]);
  });

  test('the cursors of pageInfo are those of the first and last edges, and edges carry the nodes', () => {
    for (const page of pages) {
      expect(page.edges.map((edge) => edge.node)).toEqual(page.nodes);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]!.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]!.cursor);
    }
    const cursors = pages.flatMap((page) => page.edges.map((edge) => edge.cursor));
    expect(new Set(cursors).size).toBe(50);
  });

  test("any edge's cursor continues the list right after that edge", async () => {
    const edge = pages[2]!.edges[3]!; // the 18th organisation
    const next = await organisationsPage({ first: 2, after: edge.cursor });
    expect(next.nodes).toEqual([pages[2]!.nodes[4], pages[2]!.nodes[5]]);
  });
});

test('first: 0 answers no items but the total, and whether any follow', async () => {
  expect(await organisationsPage({ first: 0 })).toEqual({
    totalCount: 50,
    edges: [],
    nodes: [],
    pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
  });
});

test('without first, a page holds 20 items', async () => {
  const page = await organisationsPage({});
  expect(page.nodes).toHaveLength(20);
  expect(page.totalCount).toBe(50);
  expect(page.pageInfo.hasNextPage).toBe(true);
  // The 15 events fit on one default page.
  const { events } = await api.query<{ events: { totalCount: number; nodes: unknown[]; pageInfo: PageInfo } }>(
    '{ events { totalCount nodes { id } pageInfo { hasNextPage } } }',
  );
  expect(events.totalCount).toBe(15);
  expect(events.nodes).toHaveLength(15);
  expect(events.pageInfo.hasNextPage).toBe(false);
});

describe('connections inside lists', () => {
  interface PersonWithStatements {
    id: string;
    statements: { totalCount: number; nodes: { id: string }[]; pageInfo: PageInfo };
  }

  test("people { statements(first: 1) } pages each person's statements on its own", async () => {
    const data = await api.query<{ people: { nodes: PersonWithStatements[] } }>(/* GraphQL */ `
      {
        people(first: 100) {
          nodes {
            id
            statements(first: 1) {
              totalCount
              nodes {
                id
              }
              pageInfo {
                hasNextPage
                hasPreviousPage
              }
            }
          }
        }
      }
    `);
    const byId = new Map(data.people.nodes.map((person) => [person.id, person.statements]));
    expect(byId.size).toBe(22);
    expect(byId.get('person:nurtai-abykayev')).toEqual({
      totalCount: 4,
      nodes: [{ id: 'statement:nurtai-abykayev-terrorism-threats-pretty-real' }],
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    expect(byId.get('person:gyorgy-szabo')).toEqual({
      totalCount: 1,
      nodes: [{ id: 'statement:gyorgy-szabo-osce-promotes-co-operation' }],
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
    });
    // The author of an article says nothing in it.
    expect(byId.get('person:alexander-bogatik')).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } });
    // Of the 56 statements, 7 are made by organisations and 11 name no speaker.
    const total = [...byId.values()].reduce((sum, statements) => sum + statements.totalCount, 0);
    expect(total).toBe(38);
  });

  test("walking one person's statements with after: Abykayev's four, in the article's order", async () => {
    const walked: string[] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage && walked.length < 10) {
      const data: { person: PersonWithStatements & { statements: { pageInfo: PageInfo } } } = await api.query(
        /* GraphQL */ `
          query ($after: String) {
            person(id: "person:nurtai-abykayev") {
              id
              statements(first: 1, after: $after) {
                totalCount
                nodes {
                  id
                }
                pageInfo {
                  hasNextPage
                  hasPreviousPage
                  startCursor
                  endCursor
                }
              }
            }
          }
        `,
        { after },
      );
      walked.push(...data.person.statements.nodes.map((node) => node.id));
      ({ hasNextPage } = data.person.statements.pageInfo);
      after = data.person.statements.pageInfo.endCursor;
    }
    expect(walked).toEqual([
      'statement:nurtai-abykayev-terrorism-threats-pretty-real',
      'statement:nurtai-abykayev-terrorist-groups-getting-closer',
      'statement:nurtai-abykayev-kazakh-involvement-and-radical-ideology',
      'statement:nurtai-abykayev-courts-banned-14-organisations',
    ]);
  });
});

describe('every connection pages the same way, two items at a time', () => {
  /** A connection field, on Query or on one entity, with its total and its first item in the corpus. */
  interface Case {
    owner?: string;
    field: string;
    totalCount: number;
    firstId: string;
  }

  const CASES: Case[] = [
    { field: 'people', totalCount: 22, firstId: 'person:alexander-bogatik' },
    { field: 'events', totalCount: 15, firstId: 'event:osce-ministerial-council-athens-2009' },
    { field: 'statements', totalCount: 56, firstId: 'statement:gyorgy-szabo-osce-promotes-co-operation' },
    { field: 'commitments', totalCount: 13, firstId: 'commitment:athens-ministerial-council-decision-on-astana-anti-terrorism-conference' },
    { field: 'sources', totalCount: 5, firstId: 'source:kazakhstan-hosts-conference-on-security-cooperation' },
    { owner: 'person(id: "person:ilya-rogachev")', field: 'events', totalCount: 2, firstId: 'event:osce-counter-terrorism-conference-astana-2010' },
    { owner: 'person(id: "person:ian-kelly")', field: 'statements', totalCount: 2, firstId: 'statement:ian-kelly-joint-programmes-borders-adapt-organisation' },
    { owner: 'organisation(id: "organisation:osce")', field: 'events', totalCount: 5, firstId: 'event:osce-ministerial-council-athens-2009' },
    { owner: 'organisation(id: "organisation:osce")', field: 'organisedEvents', totalCount: 4, firstId: 'event:osce-ministerial-council-athens-2009' },
    {
      owner: 'organisation(id: "organisation:kazakhstan")',
      field: 'statements',
      totalCount: 3,
      firstId: 'statement:kazakhstan-advocates-interaction-of-international-bodies',
    },
    {
      owner: 'organisation(id: "organisation:kazakhstan")',
      field: 'commitments',
      totalCount: 6,
      firstId: 'commitment:kazakhstan-proposal-annual-osce-terrorism-prevention-conferences',
    },
    {
      owner: 'event(id: "event:osce-counter-terrorism-conference-astana-2010")',
      field: 'statements',
      totalCount: 15,
      firstId: 'statement:kazakhstan-advocates-interaction-of-international-bodies',
    },
    {
      owner: 'event(id: "event:tashkent-conference-on-afghanistan")',
      field: 'commitments',
      totalCount: 2,
      firstId: 'commitment:european-commission-diplomatic-assistance-on-sanctions',
    },
  ];

  async function page({ owner, field }: Case, first: number, after: string | null): Promise<Page> {
    const selection = `${field}(first: $first, after: $after) {
      totalCount edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }`;
    const query = `query ($first: Int, $after: String) { ${owner ? `owner: ${owner} { ${selection} }` : selection} }`;
    const data = await api.query<Record<string, Record<string, Page>>>(query, { first, after });
    return (owner ? data.owner![field] : data[field]) as Page;
  }

  test.each(CASES.map((c) => [`${c.owner ?? 'Query'}.${c.field}`, c] as const))('%s', async (_label, connection) => {
    const whole = await page(connection, 100, null);
    expect(whole.totalCount).toBe(connection.totalCount);
    expect(whole.nodes).toHaveLength(connection.totalCount);
    expect(whole.nodes[0]!.id).toBe(connection.firstId);

    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const next: Page = await page(connection, 2, after);
      pages.push(next);
      after = next.pageInfo.endCursor;
    } while (pages[pages.length - 1]!.pageInfo.hasNextPage && pages.length <= connection.totalCount);

    expect(pages).toHaveLength(Math.ceil(connection.totalCount / 2));
    expect(pages.flatMap((p) => p.nodes)).toEqual(whole.nodes);
    expect(pages.map((p) => p.totalCount)).toEqual(pages.map(() => connection.totalCount));
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual(pages.map((_, i) => i > 0));
    for (const p of pages) {
      expect(p.edges.map((edge) => edge.node)).toEqual(p.nodes);
      expect([p.pageInfo.startCursor, p.pageInfo.endCursor]).toEqual([p.edges[0]!.cursor, p.edges[p.edges.length - 1]!.cursor]);
    }
  });
});
