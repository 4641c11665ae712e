/** Request ids: kept from a sane x-request-id, made otherwise, answered in the header, logged. */
import { ObservedServer, requestLines, startObservedServer } from './observed-server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const QUERY = '{ person(id: "person:gyorgy-szabo") { name } }';

let observed: ObservedServer;

beforeAll(async () => {
  observed = await startObservedServer();
});

afterAll(async () => {
  await observed.stop();
});

test('a request without an id gets a new UUID, in the response header and the log line', async () => {
  const response = await observed.post(QUERY);
  expect(response.status).toBe(200);
  const id = response.headers.get('x-request-id');
  expect(id).toMatch(UUID);
  expect(requestLines(observed.logs).at(-1)).toMatchObject({ requestId: id });
});

test('every request gets an id of its own', async () => {
  const ids = await Promise.all([1, 2, 3].map(async () => (await observed.post(QUERY)).headers.get('x-request-id')));
  expect(new Set(ids).size).toBe(3);
});

test('a sane incoming x-request-id is kept, answered and logged', async () => {
  const response = await observed.post(QUERY, { headers: { 'x-request-id': 'edge-7f3a.2_B' } });
  expect(response.headers.get('x-request-id')).toBe('edge-7f3a.2_B');
  const line = requestLines(observed.logs).at(-1)!;
  expect(line.requestId).toBe('edge-7f3a.2_B');
});

test.each([
  ['spaces and markup', 'a b <script>'],
  ['too long', 'x'.repeat(65)],
  ['a list (a repeated header)', 'one, two'],
  ['punctuation', 'id;drop'],
])('an incoming id that is not sane (%s) is replaced by a new one', async (_, incoming) => {
  const response = await observed.post(QUERY, { headers: { 'x-request-id': incoming } });
  expect(response.headers.get('x-request-id')).toMatch(UUID);
  expect(requestLines(observed.logs).at(-1)!.requestId).toBe(response.headers.get('x-request-id'));
});

test('the longest sane id (64 characters) is kept', async () => {
  const id = 'a'.repeat(64);
  const response = await observed.post(QUERY, { headers: { 'x-request-id': id } });
  expect(response.headers.get('x-request-id')).toBe(id);
});

test('browsers may read the header (CORS exposes it)', async () => {
  const response = await observed.post(QUERY);
  expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/i);
});

test('a request refused before GraphQL (not JSON) still carries an id', async () => {
  const response = await fetch(observed.server.url, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-request-id': 'refused-1' }, body: QUERY });
  expect(response.status).toBe(415);
  expect(response.headers.get('x-request-id')).toBe('refused-1');
});
