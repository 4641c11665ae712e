/**
 * One status rule for every limit (issue 18), as README "Reliability" states it:
 * - a query or its variables over a limit is a request error: 400 with
 *   `application/graphql-response+json`, 200 with `application/json` (the GraphQL over HTTP
 *   spec's rule for well-formed requests), errors in the body and no data; refused before
 *   parsing or after, over GET or POST alike (pre-parse refusals answered 400 to
 *   `application/json` clients before);
 * - a request refused before GraphQL reads it (a body over BODY_LIMIT, a batch over
 *   MAX_BATCH_SIZE) keeps its HTTP status, 413 or 400, whatever the media type;
 * - the server's capacity (a spent budget, the deadline) answers 429 or 503 whatever the media type.
 * Every limit of LIMITS (refusal.ts) must have a case here: the record's type requires it.
 */
import { LIMITS } from '../../src/server/plugins/limits';
import type { LimitName } from '../../src/server/plugins/limits/refusal';
import { startServer, type ClientServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';

const MEDIA_TYPES = ['application/json', 'application/graphql-response+json'] as const;
type MediaType = (typeof MEDIA_TYPES)[number];

/** How a refusal's status depends on the media type the client accepts. */
const REQUEST_ERROR = (media: MediaType) => (media === 'application/json' ? 200 : 400);
const HTTP_STATUS = (status: number) => () => status;

interface Limit {
  readonly code: string;
  /** The server it is tried on (its own settings). */
  readonly server: keyof typeof SERVERS;
  /** A request that breaks it: a GraphQL request (sent by GET and POST), or a raw POST body. */
  readonly query?: string;
  readonly variables?: Record<string, unknown>;
  readonly body?: () => string;
  /** Run first, with the same API key, so that this one is refused (the budget). */
  readonly spend?: string;
  readonly status: (media: MediaType) => number;
}

const SERVERS = {
  defaults: { HTTP_BATCHING: '1' },
  cost: { MAX_COST: '100' },
  budget: { MAX_COST: '300', COST_BUDGET: '300' },
  deadline: { EXECUTION_TIMEOUT_MS: '1' },
};

/** 1 connection + 56 statements + 112 evidence spans + 112 sources on the seeds: 281 (tests/limits/cost-budget.test.ts). */
const STATEMENTS_WITH_SOURCES = '{ statements(first: 100) { nodes { evidence { quote source { id } } } } }';

const nested = (levels: number): string => (levels === 0 ? 'name' : `affiliations { organisation { people { ${nested(levels - 1)} } } }`);

/** The limits refusal.ts lists, each with a query over its default. */
const QUERY_LIMITS: Record<LimitName, Omit<Limit, 'code' | 'status' | 'server'>> = {
  chars: { query: `{ __typename }${' '.repeat(3_000)}` },
  tokens: { query: `{ ${'__typename '.repeat(251)}}` },
  depth: { query: `{ people(first: 1) { nodes { ${nested(3)} } } }` },
  aliases: { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: people(first: 1) { totalCount }`).join(' ')} }` },
  directives: { query: `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: __typename @include(if: true)`).join(' ')} }` },
  cost: { query: STATEMENTS_WITH_SOURCES },
  idLength: { query: 'query($id: ID!) { person(id: $id) { name } }', variables: { id: `person:${'x'.repeat(300)}` } },
  searches: { query: `{ ${['a', 'b', 'c', 'd'].map((alias) => `${alias}: search(text: "karin") { score }`).join(' ')} }` },
  searchTerms: { query: '{ search(text: "one two three four five six seven") { score } }' },
};

/** Every limit: those above, and those of page sizes, the body, batches, budgets and the deadline. */
const EVERY_LIMIT: Record<string, Limit> = {
  ...Object.fromEntries(
    Object.entries(QUERY_LIMITS).map(([name, trigger]) => [
      name,
      { ...trigger, code: LIMITS[name as LimitName].code, server: name === 'cost' ? 'cost' : 'defaults', status: REQUEST_ERROR },
    ]),
  ),
  pageSize: { code: 'BAD_USER_INPUT', server: 'defaults', query: '{ people(first: 101) { totalCount } }', status: REQUEST_ERROR },
  body: {
    code: 'PAYLOAD_TOO_LARGE',
    server: 'defaults',
    body: () => JSON.stringify({ query: `{ __typename ${' '.repeat(110_000)}}` }),
    status: HTTP_STATUS(413),
  },
  batch: {
    code: 'BATCH_LIMIT_EXCEEDED',
    server: 'defaults',
    body: () => JSON.stringify(Array.from({ length: 11 }, () => ({ query: '{ __typename }' }))),
    status: HTTP_STATUS(400),
  },
  budget: {
    code: 'COST_BUDGET_EXCEEDED',
    server: 'budget',
    spend: STATEMENTS_WITH_SOURCES,
    query: STATEMENTS_WITH_SOURCES,
    status: HTTP_STATUS(429),
  },
  deadline: {
    code: 'EXECUTION_DEADLINE_EXCEEDED',
    server: 'deadline',
    query:
      '{ statements(first: 100) { nodes { text speaker { ... on Person { name affiliations { organisation { name } } } } evidence { quote source { title } } } } }',
    status: HTTP_STATUS(503),
  },
};

const servers = {} as Record<keyof typeof SERVERS, ClientServer>;
beforeAll(async () => {
  await Promise.all(
    Object.entries(SERVERS).map(async ([name, env]) => {
      const server = await startServer(loadSeedRepository(), { http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent', RESPONSE_CACHE: '0', ...env } });
      servers[name as keyof typeof SERVERS] = server;
    }),
  );
}, 30_000);
afterAll(async () => {
  for (const server of Object.values(servers)) await server?.stop();
});

let apiKeys = 0;

/** Sends the request by `method`, accepting `media`, under an API key of its own. */
async function send(limit: Limit, method: 'GET' | 'POST', media: MediaType, apiKey: string, query = limit.query): Promise<Response> {
  const url = servers[limit.server].url;
  const headers = { accept: media, 'x-api-key': apiKey };
  if (method === 'GET') {
    const params = new URLSearchParams({ query: query!, ...(limit.variables ? { variables: JSON.stringify(limit.variables) } : {}) });
    return fetch(`${url}?${params}`, { headers: { ...headers, 'apollo-require-preflight': 'true' } });
  }
  const body = limit.body && query === limit.query ? limit.body() : JSON.stringify({ query, variables: limit.variables });
  return fetch(url, { method, headers: { ...headers, 'content-type': 'application/json' }, body });
}

const CASES = Object.entries(EVERY_LIMIT).flatMap(([name, limit]) =>
  MEDIA_TYPES.flatMap((media) =>
    (['POST', 'GET'] as const).filter((method) => method === 'POST' || !limit.body).map((method) => [name, media, method, limit] as const),
  ),
);

test.each(CASES)('%s, accepting %s, by %s', async (_name, media, method, limit) => {
  const apiKey = `client-${(apiKeys += 1)}`;
  if (limit.spend) expect((await send(limit, method, media, apiKey, limit.spend)).status).toBe(200);
  const response = await send(limit, method, media, apiKey);
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.map((error) => error.extensions?.code)).toContain(limit.code);
  expect(body.data ?? null).toBeNull();
  expect(response.status).toBe(limit.status(media));
  expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
});

test('every limit refusal.ts lists is tried', () => {
  const tried = new Set(Object.values(EVERY_LIMIT).map((limit) => limit.code));
  for (const { code } of Object.values(LIMITS)) expect(tried).toContain(code);
});
