/**
 * Budgets shared across replicas (issue 17): servers with the same COST_BUDGET and REDIS_URL
 * count each client's spending together in a real Redis (Debian's redis-server, started
 * here), so a client that spent its budget on one replica is refused by the others; without
 * REDIS_URL each counts alone. While Redis is down each process counts alone in memory and
 * answers as before; a REDIS_URL that is wrong or does not answer stops the start.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
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

interface LogLine {
  readonly level: string;
  readonly msg: string;
}

/** A logger at info whose lines go to `lines`. */
function loggerInto(lines: LogLine[]) {
  return createLogger({ level: 'info' }, { write: (line) => void lines.push(JSON.parse(line) as LogLine) });
}

/** Waits, a bounded while, for a line matching `msg`. */
async function logged(lines: readonly LogLine[], msg: RegExp, count = 1) {
  for (let waited = 0; waited < 50 && lines.filter((line) => msg.test(line.msg)).length < count; waited++) await sleep(100);
  return lines.filter((line) => msg.test(line.msg));
}

describe('Redis lost while serving, then back', () => {
  const logs: LogLine[] = [];
  let redis: RedisServer;
  let one: RunningServer;
  let other: RunningServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    one = await startGraph({ REDIS_URL: redis.url }, loggerInto(logs));
    other = await startGraph({ REDIS_URL: redis.url }, loggerInto(logs));
  });
  afterAll(async () => {
    await one?.stop();
    await other?.stop();
    await redis?.stop();
  });

  test('stopped: every request is still answered, never 500; each process keeps budgets enforced in memory; each warns once', async () => {
    await spend(one, 'client-a', 1);
    await redis.stop();
    // Counted in each process's memory now: a whole budget on each, then refusals.
    await spend(one, 'client-b', 3);
    expectRefused(await ask(one, 'client-b'));
    await spend(other, 'client-b', 3);
    expectRefused(await ask(other, 'client-b'));
    const warnings = await logged(logs, /cannot be reached/, 2);
    expect(warnings).toEqual([
      expect.objectContaining({ level: 'warn', msg: expect.stringMatching(new RegExp(`^Redis at ${redis.url} cannot be reached: `)) }),
      expect.objectContaining({ level: 'warn', msg: expect.stringMatching(new RegExp(`^Redis at ${redis.url} cannot be reached: `)) }),
    ]);
    expect(logs.filter((line) => line.level !== 'info')).toEqual(warnings);
  });

  test('back on the same address: both say so, and share budgets again', async () => {
    redis = await startRedisServer({ port: redis.port });
    expect(await logged(logs, /answers again: cost budgets are shared/, 2)).toEqual([
      expect.objectContaining({ level: 'info', msg: `Redis at ${redis.url} answers again: cost budgets are shared` }),
      expect.objectContaining({ level: 'info', msg: `Redis at ${redis.url} answers again: cost budgets are shared` }),
    ]);
    await spend(one, 'client-c', 3);
    expectRefused(await ask(other, 'client-c'));
  });
});

describe('Redis that hangs', () => {
  const logs: LogLine[] = [];
  let redis: RedisServer;
  let server: RunningServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startGraph({ REDIS_URL: redis.url, REDIS_COMMAND_TIMEOUT_MS: '250' }, loggerInto(logs));
  });
  afterAll(async () => {
    redis?.resume();
    await server?.stop();
    await redis?.stop();
  });

  test('counts it does not answer within REDIS_COMMAND_TIMEOUT_MS are counted by this process alone: answered, budgets enforced, one warning', async () => {
    await spend(server, 'client-a', 1);
    redis.pause();
    try {
      await spend(server, 'client-b', 3);
      expectRefused(await ask(server, 'client-b'));
    } finally {
      redis.resume();
    }
    expect(logs.filter((line) => line.level !== 'info')).toEqual([
      expect.objectContaining({ level: 'warn', msg: `Redis at ${redis.url} did not answer within 250 ms: this process counts cost budgets alone meanwhile` }),
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

  const ADVICE =
    'Start Redis there or correct REDIS_URL (or wait longer for it with REDIS_CONNECT_TIMEOUT_MS); or leave REDIS_URL unset for budgets counted in each process.';

  test('no Redis on that port: the start stops after a bounded wait, naming REDIS_URL', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    await expect(startGraph({ REDIS_URL: `redis://127.0.0.1:${port}` })).rejects.toThrow(
      `REDIS_URL: Redis at redis://127.0.0.1:${port} did not answer within 5000 ms (REDIS_CONNECT_TIMEOUT_MS) (connect ECONNREFUSED 127.0.0.1:${port}). ${ADVICE}`,
    );
  }, 15_000);

  test('a port that takes the connection and never answers: the start stops after REDIS_CONNECT_TIMEOUT_MS, naming REDIS_URL', async () => {
    const connections: Socket[] = [];
    const silent = createServer((socket) => void connections.push(socket));
    const port = await new Promise<number>((resolve) => silent.listen(0, '127.0.0.1', () => resolve((silent.address() as { port: number }).port)));
    try {
      await expect(startGraph({ REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_CONNECT_TIMEOUT_MS: '300' })).rejects.toThrow(
        new RegExp(
          `^REDIS_URL: Redis at redis://127\\.0\\.0\\.1:${port} did not answer within 300 ms \\(REDIS_CONNECT_TIMEOUT_MS\\)( \\([^)]*\\))?\\. ${escape(ADVICE)}$`,
        ),
      );
      // It got through to the port: the wait was for an answer, not a refused connection.
      expect(connections.length).toBeGreaterThan(0);
    } finally {
      for (const socket of connections) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
