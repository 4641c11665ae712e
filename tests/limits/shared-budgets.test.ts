/**
 * Budgets shared across replicas (issue 17): servers with the same COST_BUDGET and REDIS_URL
 * count each client's spending together in a real Redis (Debian's redis-server, started
 * here), so a client that spent its budget on one replica is refused by the others; without
 * REDIS_URL each counts alone. While Redis is down each process counts alone in memory and
 * answers as before; a REDIS_URL that is wrong or does not answer stops the start.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startGateway } from '../../src/gateway/start-gateway';
import { SUPERGRAPH_SDL } from '../../src/paths';
import { readServerConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/http/http-server';
import { createLogger } from '../../src/server/plugins/observability';
import { startServer } from '../../src/server/servers/graph-server';
import { startSubgraph } from '../../src/server/servers/subgraph-server';
import { postJson } from '../helpers/http';
import { startRedisServer, type RedisServer } from '../helpers/redis-server';
import { loadSeedRepository } from '../helpers/seeds';

/** 1 connection + 56 statements + 112 evidence spans + 112 sources, on the seeds. */
const QUERY = '{ statements(first: 100) { nodes { evidence { quote source { id } } } } }';
const COST = 281;
/** Room for three such queries per client and window; the cost limit at the budget. */
const POINTS = 3 * COST + 10;
const BUDGET = { COST_BUDGET: String(POINTS), MAX_COST: String(POINTS), LOG_LEVEL: 'silent' };

const repository = loadSeedRepository();
let sent = 0;

/** One query, made distinct by a comment so the response cache answers none of them. */
async function ask(server: RunningServer, key: string) {
  const answer = await postJson(server.url, { query: `${QUERY} # request ${++sent}` }, { accept: 'application/graphql-response+json', 'x-api-key': key });
  return { ...answer, code: answer.body.errors?.[0]?.extensions?.code };
}

function startGraph(env: Record<string, string>, logger?: ReturnType<typeof createLogger>) {
  return startServer(repository, { http: { port: 0, corsOrigins: [] }, env: { ...BUDGET, ...env }, logger });
}

/** Spends `times` queries of `key`'s budget on `server`, each answered 200. */
async function spend(server: RunningServer, key: string, times: number) {
  for (let i = 0; i < times; i++) expect((await ask(server, key)).status).toBe(200);
}

function expectRefused(answer: Awaited<ReturnType<typeof ask>>) {
  expect(answer.status).toBe(429);
  expect(answer.code).toBe('COST_BUDGET_EXCEEDED');
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('two client graphs with the same COST_BUDGET and REDIS_URL', () => {
  let redis: RedisServer;
  let one: RunningServer;
  let other: RunningServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    one = await startGraph({ REDIS_URL: redis.url });
    other = await startGraph({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await one?.stop();
    await other?.stop();
    await redis?.stop();
  });

  test('a client that spent its budget on one is refused 429 with Retry-After by the other; what is left shows on both', async () => {
    await spend(one, 'client-a', 2);
    const third = await ask(other, 'client-a');
    expect(third.status).toBe(200);
    expect(third.headers.get('ratelimit')).toMatch(new RegExp(`^"cost";r=${POINTS - 3 * COST};t=\\d+$`));
    expectRefused(await ask(other, 'client-a'));
    expectRefused(await ask(one, 'client-a'));
  });

  test('another client keeps a budget of its own', async () => {
    await spend(other, 'client-b', 3);
    expectRefused(await ask(one, 'client-b'));
    expect((await ask(one, 'client-c')).status).toBe(200);
  });
});

test('without REDIS_URL each server counts alone', async () => {
  const one = await startGraph({});
  const other = await startGraph({});
  try {
    await spend(one, 'client-a', 3);
    expectRefused(await ask(one, 'client-a'));
    expect((await ask(other, 'client-a')).status).toBe(200);
  } finally {
    await one.stop();
    await other.stop();
  }
});

test('replicas with another budget count apart, though they share the Redis', async () => {
  const redis = await startRedisServer();
  const servers: RunningServer[] = [];
  try {
    const one = await startGraph({ REDIS_URL: redis.url });
    servers.push(one);
    const larger = await startGraph({ REDIS_URL: redis.url, COST_BUDGET: String(POINTS + 1), MAX_COST: String(POINTS + 1) });
    servers.push(larger);
    await spend(one, 'client-a', 3);
    expectRefused(await ask(one, 'client-a'));
    expect((await ask(larger, 'client-a')).status).toBe(200);
  } finally {
    for (const server of servers) await server.stop();
    await redis.stop();
  }
});

describe('the gateway and the client graph, with the same budget and REDIS_URL', () => {
  const SECRET = 'a-secret-the-gateway-shares';
  let redis: RedisServer;
  let graph: RunningServer;
  let subgraph: RunningServer;
  let gateway: RunningServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    graph = await startGraph({ REDIS_URL: redis.url });
    subgraph = await startSubgraph(repository, { subgraphSecret: SECRET, http: { port: 0 }, env: { LOG_LEVEL: 'silent' } });
    gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_SDL, 'utf8'),
      subgraphSecret: SECRET,
      http: { port: 0 },
      env: { ...BUDGET, REDIS_URL: redis.url, SUBGRAPH_URL_SECURITY_GRAPH: subgraph.url },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
    await graph?.stop();
    await redis?.stop();
  });

  test('the gateway spends the same budget: spent through the graph, refused at the gateway', async () => {
    const byGateway = await ask(gateway, 'client-g');
    expect([byGateway.status, byGateway.body.errors]).toEqual([200, undefined]);
    expect(byGateway.headers.get('ratelimit')).toMatch(new RegExp(`^"cost";r=${POINTS - COST};t=\\d+$`));
    await spend(graph, 'client-g', 2);
    expectRefused(await ask(gateway, 'client-g'));
    expect((await ask(gateway, 'client-h')).status).toBe(200);
  });
});

describe('Redis stopped while serving', () => {
  const logs: { level: string; msg: string }[] = [];
  let redis: RedisServer;
  let server: RunningServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    const logger = createLogger({ level: 'warn' }, { write: (line) => void logs.push(JSON.parse(line) as { level: string; msg: string }) });
    server = await startGraph({ REDIS_URL: redis.url }, logger);
  });
  afterAll(async () => {
    await server?.stop();
    await redis?.stop();
  });

  test('every request is still answered, never 500; each process keeps budgets enforced in memory; one warning is logged', async () => {
    await spend(server, 'client-a', 1);
    await redis.stop();
    // Counted in this process's memory now: a whole budget, then refusals, as before.
    await spend(server, 'client-b', 3);
    expectRefused(await ask(server, 'client-b'));
    for (let i = 0; i < 3; i++) expect((await ask(server, 'client-c')).status).toBe(200);
    // The drop is seen by the connection's close: logged once, whatever the requests.
    for (let waited = 0; waited < 20 && logs.length === 0; waited++) await sleep(100);
    expect(logs).toEqual([
      expect.objectContaining({
        level: 'warn',
        msg: `Redis at ${redis.url} cannot be reached: each process counts cost budgets alone until it answers again`,
      }),
    ]);
  });
});

describe('a REDIS_URL that is wrong, or does not answer, stops the start', () => {
  test.each([
    ['localhost:6379', 'scheme localhost:'],
    ['http://redis.internal:6379', 'scheme http:'],
    ['redis://', 'a URL without a host'],
    ['not a url', 'something that is not a URL'],
  ])('REDIS_URL=%s', (value, got) => {
    expect(() => readServerConfig({ ...BUDGET, REDIS_URL: value })).toThrow(
      `REDIS_URL must be a redis:// or rediss:// (TLS) URL with a host, e.g. redis://redis.internal:6379 or rediss://:password@redis.internal:6380/0 (got ${got}); leave it unset to count budgets in each process`,
    );
  });

  test('checked without COST_BUDGET too, at the gateway as at the graph', () => {
    expect(() => readServerConfig({ REDIS_URL: 'redis.internal:6379' })).toThrow('REDIS_URL must be a redis:// or rediss:// (TLS) URL');
    expect(() => readServerConfig({ REDIS_URL: 'redis.internal:6379' }, 'gateway')).toThrow('REDIS_URL must be a redis:// or rediss:// (TLS) URL');
  });

  test('the password of a wrong URL is not repeated', () => {
    expect(() => readServerConfig({ ...BUDGET, REDIS_URL: 'https://:s3cret@redis.internal' })).toThrow('(got scheme https:)');
    expect(() => readServerConfig({ ...BUDGET, REDIS_URL: 'https://:s3cret@redis.internal' })).not.toThrow(/s3cret/);
  });

  test('no Redis on that port: the start stops after a bounded wait, naming REDIS_URL', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    await expect(startGraph({ REDIS_URL: `redis://127.0.0.1:${port}` })).rejects.toThrow(
      new RegExp(
        `^REDIS_URL: Redis at redis://127\\.0\\.0\\.1:${port} did not answer within 5 s \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\)\\. Start Redis there or correct REDIS_URL; or leave REDIS_URL unset for budgets counted in each process\\.$`,
      ),
    );
  }, 15_000);
});
