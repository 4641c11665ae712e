/**
 * Per-client budgets of cost points (COST_BUDGET): each operation spends its cost; a client
 * that has spent its budget gets 429 with Retry-After, every answer carries the RateLimit
 * headers, and clients are told apart by their API key header, else by their address.
 * Answers from the response cache spend nothing (they run nothing): each request here is
 * made distinct by a comment.
 */
import { startLimitsServer, type LimitsServer } from './helpers/limits-server';

/** 1 connection + 56 statements + 112 evidence spans + 112 sources, on the seeds. */
const QUERY = '{ statements(first: 100) { nodes { evidence { quote source { id } } } } }';
const COST = 281;

let api: LimitsServer;

beforeAll(async () => {
  // Room for three such queries per minute and client, and the cost limit at the budget.
  api = await startLimitsServer({ COST_BUDGET: String(3 * COST + 10), MAX_COST: String(3 * COST + 10) });
});

afterAll(async () => {
  await api?.stop();
});

let sent = 0;

async function post(headers: Record<string, string> = {}) {
  const response = await fetch(api.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: `${QUERY} # request ${++sent}` }),
  });
  return {
    response,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions: Record<string, unknown> }[];
      extensions?: Record<string, unknown>;
    },
  };
}

test('each answer spends its cost and says what is left, until the budget is spent: then 429 with Retry-After', async () => {
  const points = 3 * COST + 10;
  for (let spent = 1; spent <= 3; spent++) {
    const { response, body } = await post({ 'x-api-key': 'client-a' });
    expect(response.status).toBe(200);
    expect(body.extensions).toEqual({ cost: { requested: COST, limit: points } });
    expect(response.headers.get('ratelimit-policy')).toBe(`"cost";q=${points};w=60`);
    expect(response.headers.get('ratelimit')).toMatch(new RegExp(`^"cost";r=${points - spent * COST};t=([1-9]|[1-5][0-9]|60)$`));
  }
  const { response, body } = await post({ 'x-api-key': 'client-a' });
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(response.headers.get('ratelimit')).toBe(`"cost";r=0;t=${retryAfter}`);
  expect(body.data).toBeUndefined();
  expect(body.errors).toEqual([
    expect.objectContaining({
      message: `This client has spent its budget of ${points} cost points per 60 s; this operation costs ${COST}. Try again in ${retryAfter} s, or send cheaper operations (smaller pages, fewer nested lists).`,
      extensions: expect.objectContaining({ code: 'COST_BUDGET_EXCEEDED', cost: COST, budget: points, retryAfterSeconds: retryAfter }),
    }),
  ]);
});

test('another API key has a budget of its own, and so has a client without one (by its address)', async () => {
  expect((await post({ 'x-api-key': 'client-b' })).response.status).toBe(200);
  for (let i = 0; i < 3; i++) expect((await post()).response.status).toBe(200);
  expect((await post()).response.status).toBe(429);
  expect((await post({ 'x-api-key': 'client-c' })).response.status).toBe(200);
});

test('an answer from the response cache spends nothing', async () => {
  const ask = () =>
    fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'client-d' }, body: JSON.stringify({ query: QUERY }) });
  for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(200);
  const last = await ask();
  expect(last.headers.get('x-cache')).toBe('HIT');
  expect((await post({ 'x-api-key': 'client-d' })).response.headers.get('ratelimit')).toMatch(/^"cost";r=291;/);
});

test('without COST_BUDGET, answers carry no RateLimit headers', async () => {
  const server = await startLimitsServer();
  try {
    const response = await fetch(server.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit')).toBeNull();
    expect(response.headers.get('ratelimit-policy')).toBeNull();
  } finally {
    await server.stop();
  }
});
