/**
 * Every request to the API gets one log line, refusals included: the ones answered before
 * Apollo (413, 415, malformed JSON, 503, a subgraph's 401, unknown documents), Apollo's own
 * (CSRF prevention, 406), CORS preflights and response cache hits.
 */
import type { CorpusRepository } from '../../src/repository';
import { createLogger } from '../../src/server/plugins/observability';
import { startServer } from '../../src/server/servers/graph-server';
import { startSubgraph } from '../../src/server/servers/subgraph-server';
import { abandonMidBody, LogLine, ObservedServer, PERSON_STATEMENTS, requestLines, seedRepositoryOnce, startObservedServer } from './observed-server';

let observed: ObservedServer;

beforeAll(async () => {
  observed = await startObservedServer({ env: { RESPONSE_CACHE: '1' } });
});

afterAll(async () => {
  await observed.stop();
});

/** The lines logged under `requestId`, once its line is there (it is written when the response closes). */
async function linesOf(logs: readonly LogLine[], requestId: string): Promise<LogLine[]> {
  for (let i = 0; i < 100 && !logs.some((line) => line.requestId === requestId && line.msg === 'graphql request'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return logs.filter((line) => line.requestId === requestId);
}

/** A refusal's line: one info line with the answer's status and code, and no operation. */
function refusalLine(requestId: string, method: string, httpStatus: number, code: string, outcome = 'client_error') {
  return {
    level: 'info',
    time: expect.any(String),
    pid: process.pid,
    hostname: expect.any(String),
    msg: 'graphql request',
    requestId,
    method,
    operationName: null,
    durationMs: expect.any(Number),
    outcome,
    httpStatus,
    code,
    errorCodes: [code],
  };
}

async function send(requestId: string, init: RequestInit & { headers?: Record<string, string> }, search = ''): Promise<{ status: number; code: unknown }> {
  const response = await fetch(`${observed.server.url}${search}`, { ...init, headers: { 'x-request-id': requestId, ...init.headers } });
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code };
}

const QUERY = JSON.stringify({ query: '{ people { totalCount } }' });

test.each([
  [
    'a body over BODY_LIMIT',
    'too-large',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ ${'a '.repeat(60_000)}}` }) },
    413,
    'PAYLOAD_TOO_LARGE',
  ],
  ['a POST that is not JSON', 'not-json', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: QUERY }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
  [
    'a JSON body in another charset',
    'latin1',
    { method: 'POST', headers: { 'content-type': 'application/json; charset=latin1' }, body: QUERY },
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  ['malformed JSON', 'malformed', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }, 400, 'BAD_REQUEST'],
  [
    'an unknown document id',
    'unknown-id',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: 'sha256:0000' }) },
    400,
    'PERSISTED_QUERY_NOT_FOUND',
  ],
])('%s: one line with the status and code of the answer', async (_, requestId, init, status, code) => {
  expect(await send(requestId, init)).toEqual({ status, code });
  expect(await linesOf(observed.logs, requestId)).toEqual([refusalLine(requestId, 'POST', status, code)]);
});

test("a GET refused by Apollo's CSRF prevention (no apollo-require-preflight): one line with Apollo's code", async () => {
  expect(await send('csrf', { method: 'GET' }, `?query=${encodeURIComponent('{ people { totalCount } }')}`)).toEqual({ status: 400, code: 'BAD_REQUEST' });
  expect(await linesOf(observed.logs, 'csrf')).toEqual([refusalLine('csrf', 'GET', 400, 'BAD_REQUEST')]);
});

test('an Accept nothing can satisfy: the 406 and its code, not the operation that ran before it', async () => {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/csv' }, body: JSON.stringify({ query: PERSON_STATEMENTS }) };
  expect(await send('not-acceptable', init)).toEqual({ status: 406, code: 'BAD_REQUEST' });
  expect(await linesOf(observed.logs, 'not-acceptable')).toEqual([
    expect.objectContaining({ requestId: 'not-acceptable', httpStatus: 406, code: 'BAD_REQUEST', errorCodes: ['BAD_REQUEST'], outcome: 'client_error' }),
  ]);
});

test('a CORS preflight: one line', async () => {
  const response = await fetch(observed.server.url, {
    method: 'OPTIONS',
    headers: { 'x-request-id': 'preflight', origin: 'https://analysts.example.org', 'access-control-request-method': 'POST' },
  });
  expect(response.status).toBe(204);
  expect(await linesOf(observed.logs, 'preflight')).toEqual([
    expect.objectContaining({ method: 'OPTIONS', httpStatus: 204, code: null, errorCodes: [], outcome: 'success', operationName: null }),
  ]);
});

test('a response cache hit: one line, with the operation its answer came from', async () => {
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PERSON_STATEMENTS }) };
  await send('cache-miss', init);
  expect(await send('cache-hit', init)).toEqual({ status: 200, code: undefined });
  expect(await linesOf(observed.logs, 'cache-miss')).toEqual([expect.objectContaining({ operationName: 'PersonStatements', httpStatus: 200 })]);
  expect(await linesOf(observed.logs, 'cache-hit')).toEqual([
    expect.objectContaining({
      cache: 'hit',
      method: 'POST',
      operationName: 'PersonStatements',
      outcome: 'success',
      code: null,
      errorCodes: [],
      httpStatus: 200,
    }),
  ]);
});

test('refusals are counted in the metrics, as operation "none", with their codes', async () => {
  await send('counted', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: QUERY });
  await linesOf(observed.logs, 'counted');
  const text = await observed.metrics();
  expect(text).toMatch(/^graphql_requests_total\{operation="none",outcome="client_error"\} [1-9]/m);
  expect(text).toMatch(/^graphql_errors_total\{operation="none",code="UNSUPPORTED_MEDIA_TYPE"\} [1-9]/m);
  expect(text).toMatch(/^graphql_errors_total\{operation="none",code="PAYLOAD_TOO_LARGE"\} 1$/m);
});

test('a server still loading answers 503, logged (outcome unavailable) and counted', async () => {
  let loaded!: (repository: CorpusRepository) => void;
  const loading = await startObservedServer({ repository: () => new Promise<CorpusRepository>((resolve) => (loaded = resolve)) });
  try {
    const response = await fetch(loading.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'starting' },
      body: QUERY,
    });
    expect(response.status).toBe(503);
    await response.text();
    expect(await linesOf(loading.logs, 'starting')).toEqual([refusalLine('starting', 'POST', 503, 'SERVICE_UNAVAILABLE', 'unavailable')]);
    expect(await loading.metrics()).toMatch(/^graphql_requests_total\{operation="none",outcome="unavailable"\} 1$/m);
  } finally {
    loaded(seedRepositoryOnce());
    await loading.server.ready;
    await loading.stop();
  }
});

describe('the subgraph', () => {
  test('logs every request: a refusal without the shared secret (401), and an operation with it', async () => {
    const logs: LogLine[] = [];
    const logger = createLogger({ level: 'info' }, { write: (line) => logs.push(JSON.parse(line) as LogLine) });
    const subgraph = await startSubgraph(seedRepositoryOnce(), { production: true, subgraphSecret: 'router-only', http: { port: 0 }, logger });
    try {
      const post = (requestId: string, headers: Record<string, string>) =>
        fetch(subgraph.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers },
          body: JSON.stringify({ query: 'query Sdl { _service { sdl } }' }),
        });
      const refused = await post('no-secret', {});
      expect(refused.status).toBe(401);
      await refused.text();
      expect(await linesOf(logs, 'no-secret')).toEqual([refusalLine('no-secret', 'POST', 401, 'UNAUTHENTICATED')]);

      const answered = await post('router', { 'x-subgraph-secret': 'router-only' });
      expect(answered.status).toBe(200);
      await answered.text();
      expect(requestLines(await linesOf(logs, 'router'))).toEqual([
        expect.objectContaining({ method: 'POST', operationName: 'Sdl', outcome: 'success', httpStatus: 200, code: null, errorCodes: [] }),
      ]);
    } finally {
      await subgraph.stop();
    }
  });
});

test('a client that goes away mid-body: one line, marked aborted', async () => {
  await abandonMidBody(observed.server.url, 'gone');
  const gone = await linesOf(observed.logs, 'gone');
  expect(gone).toEqual([expect.objectContaining({ level: 'info', method: 'POST', aborted: true, httpStatus: null, outcome: 'client_error', code: null })]);
});

test('a batch of operations: one line, with their names and their codes', async () => {
  const logs: LogLine[] = [];
  const logger = createLogger({ level: 'info' }, { write: (line) => logs.push(JSON.parse(line) as LogLine) });
  const server = await startServer(seedRepositoryOnce(), {
    production: false,
    http: { port: 0, corsOrigins: [], httpBatching: true },
    env: { RESPONSE_CACHE: '0' },
    logger,
  });
  try {
    const body = JSON.stringify([{ query: 'query First { people { totalCount } }' }, { query: 'query Second { people { shoeSize } }' }]);
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'batch' }, body });
    expect(response.status).toBe(200);
    await response.text();
    expect(await linesOf(logs, 'batch')).toEqual([
      expect.objectContaining({
        operationName: null,
        operations: 2,
        operationNames: ['First', 'Second'],
        outcome: 'client_error',
        code: 'GRAPHQL_VALIDATION_FAILED',
        errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
      }),
    ]);
  } finally {
    await server.stop();
  }
});
