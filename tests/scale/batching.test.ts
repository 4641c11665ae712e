/**
 * What must not regress as the corpus grows: a request makes the same repository calls over
 * 2,000 entities as over 20,000 (one batch per relation and level, however many parents).
 * Counted through the real schema and loaders; no times are asserted. (A relation loaded in two
 * branches of one query may be one batch or two, as the branches' timing falls: the query
 * loads each relation in one branch, so that the count says something about the corpus only.)
 */
import { CorpusRepository } from '../../src/repository';
import { ApiClient, createApiClient } from '../helpers/api-client';
import { countingRepository, CountingRepository } from '../helpers/counting-repository';
import { loadSynthCorpus, removeSynthCorpora } from '../synth/synth-corpus';

const NESTED = /* GraphQL */ `
  query Nested($organisation: ID!) {
    people(first: 100) {
      totalCount
      nodes {
        id
        affiliations {
          role
          organisation {
            name
            parent {
              name
            }
          }
        }
        statements(first: 10) {
          nodes {
            id
            event {
              name
              place {
                name
              }
              organisers {
                name
              }
            }
          }
        }
        events(first: 10) {
          nodes {
            name
            participants(first: 50) {
              role
              actor {
                ... on Person {
                  name
                }
                ... on Organisation {
                  name
                }
              }
            }
          }
        }
        sources(first: 5) {
          title
        }
      }
    }
    organisation(id: $organisation) {
      members(first: 100) {
        person {
          name
        }
      }
      organisedEvents(first: 20) {
        nodes {
          name
          commitments(first: 5) {
            nodes {
              amounts {
                value
                currency
              }
              statement {
                text
              }
            }
          }
        }
      }
    }
  }
`;

interface Side {
  readonly counting: CountingRepository;
  readonly api: ApiClient;
}

let small: Side;
let large: Side;

beforeAll(async () => {
  const side = async (entities: number): Promise<Side> => {
    const counting = countingRepository(new CorpusRepository(loadSynthCorpus(entities)));
    return { counting, api: await createApiClient(counting.repository) };
  };
  small = await side(2000);
  large = await side(20_000);
});

afterAll(async () => {
  await Promise.all([small?.api.stop(), large?.api.stop()]);
  removeSynthCorpora();
});

async function run(side: Side) {
  side.counting.reset();
  const data = await side.api.query<{ people: { totalCount: number; nodes: { statements: { nodes: unknown[] } }[] } }>(NESTED, {
    organisation: 'organisation:osce-programme-office-in-astana',
  });
  return { data, calls: side.counting.calls(), keys: side.counting.keys() };
}

test('a nested query makes the same repository calls over ten times the corpus', async () => {
  const before = await run(small);
  const after = await run(large);
  expect(after.calls).toEqual(before.calls);
  // Not vacuous: ten times the people, a full page of them, and batches of many keys.
  expect(after.data.people.totalCount).toBe(10 * before.data.people.totalCount);
  expect(after.data.people.nodes).toHaveLength(100);
  expect(Math.max(...Object.values(after.keys))).toBeGreaterThanOrEqual(100);
});

test('each relation is one batch per level, whatever the number of parents', async () => {
  const { calls } = await run(large);
  for (const [method, count] of Object.entries(calls)) expect([method, count]).toEqual([method, expect.any(Number)]);
  expect(Math.max(...Object.values(calls))).toBeLessThanOrEqual(3);
});
