/**
 * A log line quotes at most a short prefix of what a client sent (issue 18), as its answers do
 * (apollo/client-text.ts): a 50,000-character operation name or a 90,000-character value
 * cannot make one request write a 100 KB line, and the line still says what was refused.
 */
import { failingRepository, LogLine, ObservedServer, seedRepositoryOnce, startObservedServer } from './observed-server';

/** A few KB: a line's own fields, a stack's frames, and short prefixes of the client's text. */
const MAX_LINE_CHARS = 4_096;

const LONG_NAME = `N${'n'.repeat(49_999)}`;
const LONG_ID = `person:${'x'.repeat(89_993)}`;
const LONG_TEXT = `t${'e'.repeat(89_999)}`;
/** A failure whose message quotes 90,000 characters a client sent (the GraphQL layer caps its texts; a bug need not). */
const QUOTING_FAILURE = new Error(`no shard holds ${JSON.stringify(LONG_TEXT)}`);

let observed: ObservedServer;

beforeAll(async () => {
  observed = await startObservedServer({ repository: failingRepository(seedRepositoryOnce(), ['findPeople'], QUOTING_FAILURE) });
});

afterAll(async () => {
  await observed.stop();
});

/** The lines logged under `requestId`, once its request line is written (when the response closes). */
async function linesOf(requestId: string): Promise<LogLine[]> {
  for (let i = 0; i < 100 && !observed.logs.some((line) => line.requestId === requestId && line.msg === 'graphql request'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return observed.logs.filter((line) => line.requestId === requestId);
}

function expectShort(lines: readonly LogLine[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(JSON.stringify(line).length).toBeLessThan(MAX_LINE_CHARS);
}

test('a 50,000-character operation name: the line names its start and its length, and the refusal', async () => {
  const response = await observed.post('query CountPlaces { places { totalCount } }', { operationName: LONG_NAME, headers: { 'x-request-id': 'long-name' } });
  expect(response.status).toBe(200);
  const lines = await linesOf('long-name');
  expectShort(lines);
  expect(lines).toEqual([
    expect.objectContaining({
      msg: 'graphql request',
      operationName: `${LONG_NAME.slice(0, 60)}… (50,000 characters)`,
      code: 'OPERATION_RESOLUTION_FAILURE',
    }),
  ]);
});

test('a 90,000-character id: the line names the refusal, not the id', async () => {
  const response = await observed.post('query Person($id: ID!) { person(id: $id) { id } }', {
    variables: { id: LONG_ID },
    headers: { 'x-request-id': 'long-id' },
  });
  expect(response.status).toBe(200);
  const lines = await linesOf('long-id');
  expectShort(lines);
  expect(lines).toEqual([expect.objectContaining({ msg: 'graphql request', operationName: 'Person', code: 'ID_TOO_LONG' })]);
});

test('an unexpected error quoting 90,000 characters: its message and stack heading are cut, its frames kept', async () => {
  const response = await observed.post('query CountPeople { people { totalCount } }', { headers: { 'x-request-id': 'long-text' } });
  expect(response.status).toBe(200);
  const lines = await linesOf('long-text');
  expectShort(lines);
  const cut = `"${LONG_TEXT.slice(0, 60)}…" (90,000 characters)`;
  const unexpected = lines.find((line) => line.msg === 'unexpected error');
  expect(unexpected).toMatchObject({
    level: 'error',
    operationName: 'CountPeople',
    err: { type: 'Error', message: `no shard holds ${cut}` },
  });
  const { stack } = unexpected!.err as { stack: string };
  expect(stack).toMatch(new RegExp(`^Error: no shard holds .*\\(90,000 characters\\)\\n\\s+at `));
  expect(stack).toContain('client-text-in-logs.test.ts');
  expect(lines).toContainEqual(expect.objectContaining({ msg: 'graphql request', operationName: 'CountPeople', code: 'INTERNAL_SERVER_ERROR' }));
});

test('every line the server wrote stays short', () => {
  expectShort(observed.logs);
});
