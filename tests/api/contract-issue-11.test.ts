/**
 * Issue 11's additions to the API contract (api-contract-next.graphql, the items marked
 * "(issue 11)"), served exactly as written there: `includeDrafts` on the lists and search this
 * server answers (timeline, network and path are issue 10's), CorpusInfo and `Query.corpus`.
 */
import { GraphQLSchema } from 'graphql';
import { buildClientSchema } from '../../src/graphql/schema';
import { ApiClient, createApiClient } from '../helpers/api-client';
import { changedContract, compare, contractSchema, contractSdl } from '../helpers/contract-additions';

/** The lists and search that take `includeDrafts` here; timeline, network and path take theirs in issue 10's resolvers. */
const LISTS = ['people', 'organisations', 'events', 'statements', 'commitments', 'sources', 'search'];

/** A root list's `includeDrafts` argument (its type and default), and the names of all its arguments (their order means nothing in GraphQL). */
function includeDraftsOf(schema: GraphQLSchema, list: string) {
  const args = schema.getQueryType()!.getFields()[list]!.args;
  const arg = args.find((a) => a.name === 'includeDrafts');
  return { args: args.map((a) => a.name).sort(), type: String(arg?.type), defaultValue: arg?.defaultValue };
}

describe("issue 11's additions to the contract", () => {
  let contract: GraphQLSchema;
  let served: GraphQLSchema;
  const sdl = contractSdl();

  beforeAll(async () => {
    contract = contractSchema();
    served = await buildClientSchema();
  });

  test('the markers name the additions: CorpusInfo, and on Query includeDrafts on every list and search, and corpus', () => {
    const markers = sdl.split('\n').filter((line) => /^\s*# \(issue 11\)/.test(line));
    expect(markers).toEqual(['# (issue 11)', '  # (issue 11) includeDrafts on every list, search, timeline, network and path; corpus']);
    expect(sdl.slice(sdl.indexOf('# (issue 11)\n')).split('\n')[2]).toBe('type CorpusInfo {');
    for (const name of LISTS) {
      const { type, defaultValue } = includeDraftsOf(contract, name);
      expect({ name, type, defaultValue }).toEqual({ name, type: 'Boolean', defaultValue: false });
    }
  });

  test.each(['CorpusInfo', 'Query.corpus'])('%s is served as the contract writes it', (coordinate) => {
    const { contract: stated, served: actual } = compare(contract, served, coordinate);
    expect(actual).toEqual(stated);
  });

  // The lists were there before issue 11 (their other arguments are earlier issues'): what it adds is the argument.
  test.each(LISTS)('Query.%s takes includeDrafts as the contract writes it, beside the arguments the contract gives', (name) => {
    expect(includeDraftsOf(served, name)).toEqual(includeDraftsOf(contract, name));
  });

  test('a difference would be found (the comparison is not vacuous)', () => {
    const changed = changedContract(
      ['sources(first: Int, after: String, includeDrafts: Boolean = false)', 'sources(first: Int, after: String, includeDrafts: Boolean = true)'],
      ['rejected: [String!]!', 'rejected: [String!]'],
    );
    expect(includeDraftsOf(changed, 'sources')).not.toEqual(includeDraftsOf(contract, 'sources'));
    expect(compare(contract, changed, 'CorpusInfo').served).not.toEqual(compare(contract, contract, 'CorpusInfo').contract);
    expect(includeDraftsOf(changed, 'people')).toEqual(includeDraftsOf(contract, 'people'));
  });
});

describe('includeDrafts on the seeds, where every article is reviewed', () => {
  let api: ApiClient;

  beforeAll(async () => {
    api = await createApiClient();
  });

  afterAll(async () => {
    await api.stop();
  });

  test('every list answers the same with and without drafts', async () => {
    // Sources (with their review) and search are selected on their own below.
    const ENTITY_LISTS = LISTS.filter((list) => list !== 'sources' && list !== 'search');
    const LIST_QUERY = /* GraphQL */ `
      query ($drafts: Boolean) {
        ${ENTITY_LISTS.map((list) => `${list}(first: 100, includeDrafts: $drafts) { totalCount nodes { id } }`).join('\n')}
        sources(first: 100, includeDrafts: $drafts) {
          totalCount
          nodes {
            id
            review
          }
        }
        search(text: "OSCE", first: 100, includeDrafts: $drafts) {
          node {
            ... on Node {
              id
            }
          }
        }
      }
    `;
    const without = await api.query<{ sources: { totalCount: number } }>(LIST_QUERY, {});
    expect(without.sources.totalCount).toBe(5);
    expect(await api.query(LIST_QUERY, { drafts: true })).toEqual(without);
    expect(await api.query(LIST_QUERY, { drafts: false })).toEqual(without);
  });

  test('a repository given in code reports its content as its version: the five seed articles, none rejected', async () => {
    const { corpus } = await api.query<{ corpus: { version: string; articles: number; drafts: number; rejected: string[] } }>(
      '{ corpus { version articles drafts rejected } }',
    );
    expect(corpus).toEqual({ version: expect.stringMatching(/^[0-9a-f]{64}$/), articles: 5, drafts: 0, rejected: [] });
    expect(corpus.version).toBe(api.repository.contentVersion);
  });
});
