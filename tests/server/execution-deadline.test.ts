/**
 * EXECUTION_TIMEOUT_MS (issue 18): a request that runs past its deadline answers one clear
 * error with its own code, and its work stops: resolvers check the deadline before they run,
 * under graphql-js and graphql-jit alike. A 1 ms deadline is passed by any query that reads
 * a hundred statements with their speakers and sources.
 */
import { startServerProcess } from '../../src/process/server-process';
import { startServer, type ClientServer } from '../../src/server/servers/graph-server';
import { countingRepository } from '../helpers/counting-repository';
import { loadSeedRepository } from '../helpers/seeds';

const HEAVY = `{
  statements(first: 100) { nodes { text speaker { ... on Person { name affiliations { organisation { name } } } } evidence { quote source { title } } } }
  events(first: 50) { nodes { name participants { actor { ... on Person { name } ... on Organisation { name } } } } }
}`;

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(server: ClientServer, query: string): Promise<{ status: number; body: Body }> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as Body };
}

describe.each([
  ['graphql-js', 'off'],
  ['graphql-jit', '0'],
])('under %s', (_executor, compileAfter) => {
  const counted = countingRepository(loadSeedRepository());
  let quick: ClientServer;
  let patient: ClientServer;
  beforeAll(async () => {
    const env = { LOG_LEVEL: 'silent', RESPONSE_CACHE: '0', JIT_COMPILE_AFTER: compileAfter };
    quick = await startServer(counted.repository, { http: { port: 0, corsOrigins: [] }, env: { ...env, EXECUTION_TIMEOUT_MS: '1' } });
    patient = await startServer(counted.repository, { http: { port: 0, corsOrigins: [] }, env });
  });
  afterAll(async () => {
    await quick.stop();
    await patient.stop();
  });

  test('past the deadline: 503, one EXECUTION_DEADLINE_EXCEEDED error saying what to do, no partial data', async () => {
    const { status, body } = await post(quick, HEAVY);
    expect(status).toBe(503);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message:
          'The request ran longer than this API allows (1 ms) and was stopped. Ask for less at once: smaller pages (a lower `first`), fewer nested lists or searches; or try again when the service is less busy.',
        extensions: { code: 'EXECUTION_DEADLINE_EXCEEDED', timeoutMs: 1 },
      },
    ]);
  });

  test('the work stops: the stopped request asks the repository for fewer items than the whole answer needs', async () => {
    counted.reset();
    const whole = await post(patient, HEAVY);
    expect(whole.status).toBe(200);
    expect(whole.body.errors).toBeUndefined();
    const keysOfWhole = Object.values(counted.keys()).reduce((a, b) => a + b, 0);
    counted.reset();
    await post(quick, HEAVY);
    const keysOfStopped = Object.values(counted.keys()).reduce((a, b) => a + b, 0);
    expect(keysOfWhole).toBeGreaterThan(50);
    expect(keysOfStopped).toBeLessThan(keysOfWhole);
  });
});

test('the default deadline is 5 seconds, and a bad value stops the start', async () => {
  const { readServerConfig } = await import('../../src/server/config');
  expect(readServerConfig({}).execution.timeoutMs).toBe(5000);
  expect(() => readServerConfig({ EXECUTION_TIMEOUT_MS: '0' })).toThrow(
    'EXECUTION_TIMEOUT_MS must be a whole number from 1 up (got "0"); leave it unset for 5000',
  );
});

describe.each([
  ['graphql-js', 'off'],
  ['graphql-jit', '0'],
])('the built server under %s, as production runs it', (_executor, compileAfter) => {
  // Past the deadline every resolver fails: when one failed by throwing, graphql-js abandoned the
  // promises of the fields beside it, their rejections went unhandled, and the process stopped
  // (graphql-js under the same query a third time in a row).
  test('the same query past its deadline, again and again: each answered 503, and the server stays up', async () => {
    const server = await startServerProcess({
      env: { NODE_ENV: 'production', EXECUTION_TIMEOUT_MS: '1', RESPONSE_CACHE: '0', JIT_COMPILE_AFTER: compileAfter, DRAIN_GRACE_MS: '0' },
    });
    try {
      const statuses = new Set<number>();
      for (let i = 0; i < 30; i++) {
        const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: HEAVY }) });
        await response.text();
        statuses.add(response.status);
      }
      expect([...statuses]).toEqual([503]);
      expect(server.exit()).toBeUndefined();
      expect(server.errorLogLines()).toBe(0);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
