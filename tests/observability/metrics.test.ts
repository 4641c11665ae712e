/** GET /metrics: Prometheus text with the GraphQL counters and histogram, and process metrics. */
import { failingRepository, ObservedServer, PERSON_STATEMENTS, seedRepositoryOnce, startObservedServer } from './observed-server';

let observed: ObservedServer;
let text: string;

beforeAll(async () => {
  const repository = failingRepository(seedRepositoryOnce(), ['findPeople'], new Error('boom'));
  observed = await startObservedServer({ repository, production: true });
  await observed.post(PERSON_STATEMENTS);
  await observed.post(PERSON_STATEMENTS, { variables: { id: 'person:nobody' } });
  await observed.post('{ organisations { totalCount } }');
  await observed.post('query Broken { organisations { shoeSize hatSize } }');
  await observed.post('query CountPeople { people { totalCount } }');
  await observed.post('query CountPeople { people { totalCount } }');
  await observed.post('query TooMany { organisations(first: 101) { totalCount } }');
  text = await observed.metrics();
});

afterAll(async () => {
  await observed.stop();
});

/** The value of one sample line, e.g. `graphql_requests_total{operation="X",outcome="success"}`. */
function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('is Prometheus text, not cached', async () => {
  const response = await fetch(`${new URL(observed.server.url).origin}/metrics`);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(text).toContain('# TYPE graphql_requests_total counter');
  expect(text).toContain('# TYPE graphql_request_duration_seconds histogram');
  expect(text).toContain('# TYPE graphql_errors_total counter');
});

test('requests by operation and outcome; unnamed operations are "anonymous", names the service does not know "other"', () => {
  expect(sample(text, 'graphql_requests_total{operation="PersonStatements",outcome="success"}')).toBe(2);
  expect(sample(text, 'graphql_requests_total{operation="anonymous",outcome="success"}')).toBe(1);
  // Broken and TooMany, which the client named: neither is the manifest's or an example's.
  expect(sample(text, 'graphql_requests_total{operation="other",outcome="client_error"}')).toBe(2);
  expect(sample(text, 'graphql_requests_total{operation="other",outcome="internal_error"}')).toBe(2);
  expect(text).not.toMatch(/operation="(Broken|CountPeople|TooMany)"/);
});

test('a latency histogram by operation, with buckets from 1 ms to 2 s', () => {
  expect(sample(text, 'graphql_request_duration_seconds_count{operation="PersonStatements"}')).toBe(2);
  expect(sample(text, 'graphql_request_duration_seconds_bucket{le="2",operation="PersonStatements"}')).toBe(2);
  expect(sample(text, 'graphql_request_duration_seconds_bucket{le="+Inf",operation="PersonStatements"}')).toBe(2);
  expect(sample(text, 'graphql_request_duration_seconds_sum{operation="PersonStatements"}')).toBeGreaterThan(0);
  const bounds = [...text.matchAll(/^graphql_request_duration_seconds_bucket\{le="([^"]+)",operation="PersonStatements"\}/gm)].map((m) => m[1]);
  expect(bounds).toEqual(['0.001', '0.0025', '0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2', '+Inf']);
});

test('errors by code and operation, each error counted', () => {
  expect(sample(text, 'graphql_errors_total{operation="other",code="GRAPHQL_VALIDATION_FAILED"}')).toBe(2);
  expect(sample(text, 'graphql_errors_total{operation="other",code="INTERNAL_SERVER_ERROR"}')).toBe(2);
  expect(sample(text, 'graphql_errors_total{operation="other",code="BAD_USER_INPUT"}')).toBe(1);
  expect(text).not.toMatch(/graphql_errors_total\{operation="PersonStatements"/);
});

test("prom-client's default process metrics are there too", () => {
  for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
    expect(text).toMatch(new RegExp(`^${name} `, 'm'));
  }
});

test('each server counts its own requests', async () => {
  const other = await startObservedServer();
  try {
    await other.post(PERSON_STATEMENTS);
    const otherText = await other.metrics();
    expect(sample(otherText, 'graphql_requests_total{operation="PersonStatements",outcome="success"}')).toBe(1);
    expect(sample(await observed.metrics(), 'graphql_requests_total{operation="PersonStatements",outcome="success"}')).toBe(2);
  } finally {
    await other.stop();
  }
});

test('labels come only from the manifest and the example operations: 300 junk names leave PersonStatements its own (issue 18)', async () => {
  const server = await startObservedServer({});
  try {
    for (let i = 0; i < 300; i++) await server.post(`query Junk${i} { people { totalCount } }`);
    await server.post(PERSON_STATEMENTS);
    await server.post('{ people {', { operationName: 'not a name!' });
    const metrics = await server.metrics();
    expect(sample(metrics, 'graphql_requests_total{operation="PersonStatements",outcome="success"}')).toBe(1);
    expect(sample(metrics, 'graphql_requests_total{operation="other",outcome="success"}')).toBe(300);
    expect(sample(metrics, 'graphql_requests_total{operation="other",outcome="client_error"}')).toBe(1);
    expect(metrics).not.toMatch(/operation="Junk/);
    // The logs keep the real names.
    expect(server.logs.map((line) => line.operationName).slice(-3)).toEqual(['Junk299', 'PersonStatements', 'not a name!']);
  } finally {
    await server.stop();
  }
}, 30_000);

test('METRICS_PORT: /metrics on its own port, and no longer on the API port', async () => {
  const server = await startObservedServer({ env: { METRICS_PORT: '0' } });
  try {
    await server.post(PERSON_STATEMENTS);
    expect(server.server.metricsUrl).toMatch(/^http:\/\/localhost:\d+\/metrics$/);
    expect(new URL(server.server.metricsUrl!).port).not.toBe(new URL(server.server.url).port);
    const own = await fetch(server.server.metricsUrl!);
    expect(own.status).toBe(200);
    expect(sample(await own.text(), 'graphql_requests_total{operation="PersonStatements",outcome="success"}')).toBe(1);
    expect((await fetch(`${new URL(server.server.url).origin}/metrics`)).status).toBe(404);
  } finally {
    await server.stop();
  }
});

test('METRICS_PORT is checked', async () => {
  await expect(startObservedServer({ env: { METRICS_PORT: 'private' } })).rejects.toThrow(
    'METRICS_PORT must be a port from 0 to 65535 (got "private"); leave it unset to serve /metrics on the API\'s port',
  );
});
