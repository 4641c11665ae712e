/**
 * An unexpected failure (here: the repository throws) answers INTERNAL_SERVER_ERROR with the
 * request id; in production nothing more, in development the message and stack too. The
 * log has the whole story under the same id. Client errors keep their messages.
 */
import { abandonMidBody, failingRepository, ObservedServer, requestLines, seedRepositoryOnce, startObservedServer } from './observed-server';

const SECRET = 'connection to db-7.internal:5432 refused (password=hunter2)';
const PEOPLE = 'query CountPeople { people { totalCount } }';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: unknown[]; locations?: unknown[]; extensions?: Record<string, unknown> }[];
}

let production: ObservedServer;
let development: ObservedServer;

beforeAll(async () => {
  const repository = failingRepository(seedRepositoryOnce(), ['findPeople', 'peopleByIds'], new Error(SECRET));
  [production, development] = await Promise.all([
    startObservedServer({ repository, production: true }),
    startObservedServer({ repository, production: false }),
  ]);
});

afterAll(async () => {
  await Promise.all([production?.stop(), development?.stop()]);
});

beforeEach(() => {
  production.logs.length = 0;
  development.logs.length = 0;
});

describe('in production', () => {
  test('the answer: INTERNAL_SERVER_ERROR, a generic message quoting the request id, nothing internal', async () => {
    const response = await production.post(PEOPLE, { headers: { 'x-request-id': 'prod-failure-1' } });
    const text = await response.text();
    const body = JSON.parse(text) as Body;
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message:
          "Internal server error: the request failed on the server's side. Try again later; if it keeps failing, quote request id prod-failure-1 to the operators.",
        locations: [{ line: 1, column: 21 }],
        path: ['people'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'prod-failure-1' },
      },
    ]);
    expect(text).not.toMatch(/hunter2|db-7|refused|stacktrace|findPeople|\.ts:/);
  });

  test('a generated id is the one in the header, the error and the logs', async () => {
    const response = await production.post(PEOPLE);
    const id = response.headers.get('x-request-id')!;
    const body = (await response.json()) as Body;
    expect(body.errors![0]!.extensions!.requestId).toBe(id);
    expect(body.errors![0]!.message).toContain(`quote request id ${id} to the operators`);
    expect(production.logs.map((line) => line.requestId)).toEqual([id, id]);
  });

  test('the log: the error in full at error level, then the request line, under the same id', async () => {
    await production.post(PEOPLE, { headers: { 'x-request-id': 'prod-failure-2' } });
    const [detail, request] = production.logs;
    expect(production.logs).toHaveLength(2);
    expect(detail).toMatchObject({
      level: 'error',
      msg: 'unexpected error',
      requestId: 'prod-failure-2',
      operationName: 'CountPeople',
      path: ['people'],
      err: { type: 'Error', message: SECRET, stack: expect.stringContaining(`Error: ${SECRET}\n    at `) },
    });
    expect(request).toMatchObject({
      level: 'info',
      msg: 'graphql request',
      requestId: 'prod-failure-2',
      operationName: 'CountPeople',
      outcome: 'internal_error',
      errorCodes: ['INTERNAL_SERVER_ERROR'],
      httpStatus: 200,
    });
  });

  test('a partial failure keeps the data that did not fail', async () => {
    const response = await production.post('{ person(id: "person:gyorgy-szabo") { name } organisations { totalCount } }');
    const body = (await response.json()) as Body;
    expect(body.data).toEqual({ person: null, organisations: { totalCount: expect.any(Number) } });
    expect(body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['INTERNAL_SERVER_ERROR', ['person']]]);
    expect(requestLines(production.logs)).toEqual([expect.objectContaining({ operationName: null, outcome: 'internal_error' })]);
  });

  test('client errors keep their messages and get no request id', async () => {
    const response = await production.post('{ organisations(first: -1) { totalCount } }');
    const body = (await response.json()) as Body;
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.message).toBe('organisations: first must be 0 or more (got -1); ask for how many items you want, up to 100');
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(body.errors![0]!.extensions).not.toHaveProperty('requestId');
    expect(production.logs.filter((line) => line.level === 'error')).toEqual([]);
  });

  test('validation errors keep their messages (an unknown enum value too, still BAD_USER_INPUT)', async () => {
    const response = await production.post('{ organisations(filter: { kind: PLANET }) { totalCount } }');
    const body = (await response.json()) as Body;
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Value "PLANET" does not exist in "OrganisationKind" enum.', 'BAD_USER_INPUT']]);
  });
});

describe('in development', () => {
  test('the answer keeps the message and stack, and adds the request id', async () => {
    const response = await development.post(PEOPLE, { headers: { 'x-request-id': 'dev-failure-1' } });
    const body = (await response.json()) as Body;
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: SECRET,
        path: ['people'],
        extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR', requestId: 'dev-failure-1', stacktrace: expect.any(Array) }),
      }),
    ]);
    expect(development.logs.map((line) => [line.level, line.requestId])).toEqual([
      ['error', 'dev-failure-1'],
      ['info', 'dev-failure-1'],
    ]);
  });
});

describe('a client that goes away', () => {
  test('mid-body is not an unexpected error: nothing is logged at error level, and the server answers on', async () => {
    await abandonMidBody(production.server.url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(production.logs.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
    const response = await production.post('{ organisation(id: "organisation:osce") { id } }');
    expect(await response.json()).toEqual({ data: { organisation: { id: 'organisation:osce' } }, extensions: { cost: { requested: 1, limit: 10_000 } } });
  });
});
