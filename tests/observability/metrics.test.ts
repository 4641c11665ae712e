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

test('requests by operation and outcome; unnamed operations are "anonymous"', () => {
  expect(sample(text, 'graphql_requests_total{operation="PersonStatements",outcome="success"}')).toBe(2);
  expect(sample(text, 'graphql_requests_total{operation="anonymous",outcome="success"}')).toBe(1);
  expect(sample(text, 'graphql_requests_total{operation="Broken",outcome="client_error"}')).toBe(1);
  expect(sample(text, 'graphql_requests_total{operation="CountPeople",outcome="internal_error"}')).toBe(2);
  expect(sample(text, 'graphql_requests_total{operation="TooMany",outcome="client_error"}')).toBe(1);
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
  expect(sample(text, 'graphql_errors_total{operation="Broken",code="GRAPHQL_VALIDATION_FAILED"}')).toBe(2);
  expect(sample(text, 'graphql_errors_total{operation="CountPeople",code="INTERNAL_SERVER_ERROR"}')).toBe(2);
  expect(sample(text, 'graphql_errors_total{operation="TooMany",code="BAD_USER_INPUT"}')).toBe(1);
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

test('client-chosen operation names are capped (METRICS_MAX_OPERATION_NAMES), the rest label "other"', async () => {
  const capped = await startObservedServer({ env: { METRICS_MAX_OPERATION_NAMES: '2' } });
  try {
    for (const name of ['First', 'Second', 'Third', 'Fourth', 'First']) {
      await capped.post(`query ${name} { people { totalCount } }`);
    }
    await capped.post('{ people { totalCount } }');
    // A document that does not parse: the name the client asked for, not a GraphQL name.
    await capped.post('{ people {', { operationName: 'not a name!' });
    const cappedText = await capped.metrics();
    expect(sample(cappedText, 'graphql_requests_total{operation="First",outcome="success"}')).toBe(2);
    expect(sample(cappedText, 'graphql_requests_total{operation="Second",outcome="success"}')).toBe(1);
    expect(sample(cappedText, 'graphql_requests_total{operation="other",outcome="success"}')).toBe(2);
    expect(sample(cappedText, 'graphql_requests_total{operation="anonymous",outcome="success"}')).toBe(1);
    expect(sample(cappedText, 'graphql_requests_total{operation="other",outcome="client_error"}')).toBe(1);
    expect(cappedText).not.toMatch(/operation="(Third|Fourth)"/);
    // The logs keep the real names.
    expect(capped.logs.map((line) => line.operationName)).toEqual(['First', 'Second', 'Third', 'Fourth', 'First', null, 'not a name!']);
  } finally {
    await capped.stop();
  }
});

test('METRICS_MAX_OPERATION_NAMES is checked', async () => {
  await expect(startObservedServer({ env: { METRICS_MAX_OPERATION_NAMES: 'lots' } })).rejects.toThrow(
    'METRICS_MAX_OPERATION_NAMES must be a whole number from 1 to 10000 (got "lots"); leave it unset for 100',
  );
});
