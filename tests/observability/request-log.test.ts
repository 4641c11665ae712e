/** One JSON log line per GraphQL operation, through a real server, captured in memory. */
import { LOG_LEVELS, readServerConfig } from '../../src/server/config';
import { startServer } from '../../src/server/servers/graph-server';
import { ObservedServer, PERSON_STATEMENTS, requestLines, seedRepositoryOnce, startObservedServer } from './observed-server';

let observed: ObservedServer;

beforeAll(async () => {
  observed = await startObservedServer();
});

afterAll(async () => {
  await observed.stop();
});

beforeEach(() => {
  observed.logs.length = 0;
});

test('a successful operation: one info line with id, name, duration, outcome, codes and status', async () => {
  const response = await observed.post(PERSON_STATEMENTS, { headers: { 'x-request-id': 'log-success' } });
  expect(response.status).toBe(200);
  expect(observed.logs).toHaveLength(1);
  const [line] = observed.logs;
  expect(line).toEqual({
    level: 'info',
    time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    pid: process.pid,
    hostname: expect.any(String),
    requestId: 'log-success',
    method: 'POST',
    operationName: 'PersonStatements',
    durationMs: expect.any(Number),
    outcome: 'success',
    code: null,
    errorCodes: [],
    httpStatus: 200,
    msg: 'graphql request',
  });
  expect(line!.durationMs as number).toBeGreaterThan(0);
  expect(line!.durationMs as number).toBeLessThan(10_000);
});

test('an anonymous operation logs operationName null', async () => {
  await observed.post('{ people { totalCount } }');
  expect(requestLines(observed.logs)).toEqual([expect.objectContaining({ operationName: null, outcome: 'success' })]);
});

test('a client error: outcome client_error, its codes, the status the client got, and no error-level line', async () => {
  const response = await observed.post('query Broken { person(id: "person:gyorgy-szabo") { shoeSize } }', { headers: { 'x-request-id': 'log-client' } });
  expect(observed.logs).toHaveLength(1);
  expect(observed.logs[0]).toMatchObject({
    level: 'info',
    requestId: 'log-client',
    operationName: 'Broken',
    outcome: 'client_error',
    errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
    httpStatus: response.status,
  });
});

test('a bad argument: BAD_USER_INPUT', async () => {
  await observed.post('query TooMany { people(first: 101) { totalCount } }');
  expect(observed.logs).toEqual([expect.objectContaining({ operationName: 'TooMany', outcome: 'client_error', errorCodes: ['BAD_USER_INPUT'] })]);
});

test('a query that does not parse has no operation name', async () => {
  await observed.post('{ people { ');
  expect(observed.logs).toEqual([expect.objectContaining({ operationName: null, outcome: 'client_error', errorCodes: ['GRAPHQL_PARSE_FAILED'] })]);
});

test('one line per operation, each with its own request id', async () => {
  await Promise.all(['a', 'b', 'c'].map((id) => observed.post('{ people { totalCount } }', { headers: { 'x-request-id': `many-${id}` } })));
  expect(
    requestLines(observed.logs)
      .map((line) => line.requestId)
      .sort(),
  ).toEqual(['many-a', 'many-b', 'many-c']);
});

describe('LOG_LEVEL', () => {
  test('is checked: an unknown level stops the start with a clear message', async () => {
    const start = startServer(seedRepositoryOnce(), { production: false, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'loud' } });
    await expect(start).rejects.toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud"); leave it unset for info');
  });

  test('defaults to info, silent under Jest (NODE_ENV=test), and takes any case', () => {
    expect(readServerConfig({}).logging.level).toBe('info');
    expect(readServerConfig({ NODE_ENV: 'production' }).logging.level).toBe('info');
    expect(readServerConfig({ NODE_ENV: 'test' }).logging.level).toBe('silent');
    expect(readServerConfig({ LOG_LEVEL: 'DEBUG' }).logging.level).toBe('debug');
    expect(readServerConfig({ LOG_LEVEL: '' }).logging.level).toBe('info');
    for (const level of LOG_LEVELS) expect(readServerConfig({ LOG_LEVEL: level }).logging.level).toBe(level);
    expect(() => readServerConfig({ LOG_LEVEL: 'verbose', NODE_ENV: 'test' })).toThrow(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose"); leave it unset for silent',
    );
  });

  test('warn drops the request lines', async () => {
    const quiet = await startObservedServer({ logLevel: 'warn' });
    try {
      await quiet.post('{ people { totalCount } }');
      expect(quiet.logs).toEqual([]);
    } finally {
      await quiet.stop();
    }
  });
});

test('a query refused before parsing (too long) is logged and counted as a client error', async () => {
  const response = await observed.post(`{ __typename ${'a '.repeat(2_000)}}`, { headers: { 'x-request-id': 'log-too-long' } });
  // A request error answered to an application/json client: 200, as every limit's (README "Reliability").
  expect(response.status).toBe(200);
  expect(observed.logs).toEqual([
    expect.objectContaining({
      level: 'info',
      requestId: 'log-too-long',
      outcome: 'client_error',
      errorCodes: ['QUERY_LENGTH_LIMIT_EXCEEDED'],
      refusedBeforeParsing: true,
      msg: 'graphql request',
    }),
  ]);
});
