/** Query.search: ranking, spellings, the SearchResult union, snippets and `first`. */
import { ApiClient, createApiClient } from '../helpers/api-client';

let api: ApiClient;

beforeAll(async () => {
  api = await createApiClient();
});

afterAll(async () => {
  await api.stop();
});

interface Hit {
  score: number;
  snippet: string | null;
  node: { __typename: string; id: string };
}

async function search(text: string, first?: number): Promise<Hit[]> {
  const data = await api.query<{ search: Hit[] }>(
    /* GraphQL */ `
      query ($text: String!, $first: Int) {
        search(text: $text, first: $first) {
          score
          snippet
          node {
            __typename
            ... on Person {
              id
            }
            ... on Organisation {
              id
            }
            ... on Place {
              id
            }
            ... on Event {
              id
            }
            ... on Statement {
              id
            }
            ... on Commitment {
              id
            }
            ... on Source {
              id
            }
          }
        }
      }
    `,
    { text, first },
  );
  return data.search;
}

const ids = (hits: Hit[]) => hits.map((hit) => hit.node.id);

describe('ranking', () => {
  test('"Gyorgy Szabo" finds György Szabó first, then the article that quotes him', async () => {
    const hits = await search('Gyorgy Szabo');
    expect(hits.map((hit) => [hit.node.__typename, hit.node.id])).toEqual([
      ['Person', 'person:gyorgy-szabo'],
      ['Source', 'source:kazakhstan-hosts-conference-on-security-cooperation'],
    ]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  test('"Abykyev", the misspelling of one article, finds Nurtai Abykayev first', async () => {
    const [first] = await search('Abykyev');
    expect(first!.node).toEqual({ __typename: 'Person', id: 'person:nurtai-abykayev' });
  });

  test('"KNB" finds the National Security Committee, its bodies, and the KNB training', async () => {
    const found = ids(await search('KNB'));
    expect(found).toEqual(
      expect.arrayContaining([
        'organisation:kazakhstan-national-security-committee',
        'organisation:kazakhstan-national-security-committee-press-office',
        'organisation:kazakhstan-national-security-committee-special-forces',
        'event:knb-special-forces-training-almaty-province-2016',
      ]),
    );
  });

  test('hits come best first', async () => {
    const scores = (await search('OSCE', 30)).map((hit) => hit.score);
    expect(scores.length).toBe(30);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

test('the SearchResult union: a person, organisations, events, statements, commitments and sources (places: below)', async () => {
  const hits = [...(await search('Afghan students', 8)), ...(await search('Gyorgy Szabo'))];
  const byType = (typename: string) => hits.filter((hit) => hit.node.__typename === typename).map((hit) => hit.node.id);
  expect(byType('Person')).toEqual(['person:gyorgy-szabo']);
  expect(byType('Organisation')).toEqual(['organisation:afghanistan', 'organisation:government-of-afghanistan']);
  expect(byType('Event')).toEqual(['event:conference-on-rights-of-afghan-women', 'event:tashkent-conference-on-afghanistan']);
  expect(byType('Statement')).toEqual(['statement:kazakhstan-practical-assistance-afghan-students-program']);
  expect(byType('Commitment')).toEqual([
    'commitment:eu-involvement-and-co-financing-of-afghan-students-program',
    'commitment:kazakhstan-educational-program-for-afghan-students',
  ]);
  expect(byType('Source')).toEqual(['source:regional-security-top-priority-for-central-asia', 'source:kazakhstan-hosts-conference-on-security-cooperation']);
});

describe('places', () => {
  test('a place is found by its name, and by an alias: "Nur-Sultan" finds Astana, as a Place', async () => {
    for (const text of ['Astana', 'Nur-Sultan']) {
      const places = (await search(text, 20)).filter((hit) => hit.node.__typename === 'Place');
      expect({ text, places: places.map((hit) => hit.node.id) }).toEqual({ text, places: ['place:astana'] });
    }
  });

  test('the snippet of a place found by an alias shows the alias', async () => {
    const astana = (await search('Nur-Sultan', 20)).find((hit) => hit.node.id === 'place:astana');
    expect(astana?.snippet).toBe('Astana (Nur-Sultan)');
  });
});

describe('snippets', () => {
  test('contain the words matched, accents and all', async () => {
    const hits = await search('Gyorgy Szabo');
    expect(hits.map((hit) => hit.snippet)).toEqual([
      'György Szabó: Head of the OSCE Programme Office in Astana',
      expect.stringContaining('said György Szabó, the Head of the OSCE Programme Office in Astana'),
    ]);
  });

  test('of a hit found by an alias show the alias: "KNB", "Abykyev"', async () => {
    const knb = await search('KNB');
    expect(knb.length).toBeGreaterThanOrEqual(4);
    expect(knb.filter((hit) => !hit.snippet?.includes('KNB'))).toEqual([]);
    const committee = knb.find((hit) => hit.node.id === 'organisation:kazakhstan-national-security-committee');
    expect(committee?.snippet).toMatch(/^National Security Committee of Kazakhstan\b.*\bKNB\b/);
    const [abykayev] = await search('Abykyev');
    expect(abykayev!.snippet).toMatch(/^Nurtai Abykayev\b.*\bAbykyev\b/);
  });

  test('of a long text are the passage around the match, cut at words', async () => {
    const hits = await search('hydrocarbons');
    expect(ids(hits)).toEqual(['statement:barlybay-sadykov-warns-of-smuggling', 'source:kazakhstan-strives-to-become-guarantor-of-security']);
    const [statement, article] = hits.map((hit) => hit.snippet ?? '');
    expect(statement).toContain('the illegal transport of hydrocarbons');
    expect(article).toMatch(/^….*They include "the illegal transport of hydrocarbons, as well as the smuggling of artefacts.*…$/);
    expect(article!.length).toBeLessThanOrEqual(162);
  });
});

describe('first', () => {
  test('limits the hits to the best ones', async () => {
    const all = await search('OSCE', 10);
    const three = await search('OSCE', 3);
    expect(all).toHaveLength(10);
    expect(ids(three)).toEqual(ids(all).slice(0, 3));
    expect(ids(three)).toEqual([
      'organisation:osce-anti-terror-department', // OSCE Action against Terrorism Unit
      'organisation:osce-ministerial-council',
      'organisation:osce-programme-office-in-astana',
    ]);
  });

  test('0 answers no hits; without it, 20', async () => {
    expect(await search('OSCE', 0)).toEqual([]);
    expect(await search('OSCE')).toHaveLength(20);
  });
});
