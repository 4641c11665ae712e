/**
 * Ids have a maximum length (issue 18): MAX_ID_LENGTH (200; the corpora's longest is under 100)
 * in literal arguments and in variables, lists and filters included, refused before anything
 * runs with ID_TOO_LONG, quoting only the id's start. And the argument-validation cache is
 * bounded in the characters of what clients send, not only in entries.
 */
import { execute, parse } from 'graphql';
import { createContext } from '../../src/graphql/context';
import { buildClientSchema } from '../../src/graphql/schema';
import { validArgumentsCache } from '../../src/graphql/validation';
import { loadSeedRepository } from '../helpers/seeds';
import { codesOf, errorWithCode, type LimitsServer, startLimitsServer } from './helpers/limits-server';

let server: LimitsServer;
beforeAll(async () => {
  server = await startLimitsServer();
});
afterAll(() => server.stop());

async function postWith(query: string, variables: Record<string, unknown>) {
  const response = await fetch(server.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

const LONG = `person:${'x'.repeat(95_000)}`;

test('an id of 200 characters is looked up (and found to be no one)', async () => {
  const answer = await server.post(`{ person(id: "person:${'x'.repeat(193)}") { name } }`);
  expect(answer.body).toMatchObject({ data: { person: null } });
  expect(answer.body.errors).toBeUndefined();
});

test('a longer literal id is refused with ID_TOO_LONG, quoting only its start', async () => {
  const answer = await server.post(`{ person(id: "person:${'x'.repeat(194)}") { name } }`);
  expect(answer.status).toBe(400);
  expect(codesOf(answer)).toEqual(['ID_TOO_LONG']);
  expect(errorWithCode(answer, 'ID_TOO_LONG')).toMatchObject({
    message: `An id is 201 characters long; ids are at most 200. Send an id as the API gave it, e.g. "person:gyorgy-szabo". The id sent: "person:${'x'.repeat(53)}…" (201 characters).`,
    extensions: { limit: 200, found: 201 },
  });
});

test.each([
  ['an ID variable', 'query ($id: ID!) { node(id: $id) { id } }', { id: LONG }],
  ['a filter variable', 'query ($f: StatementFilter) { statements(filter: $f) { totalCount } }', { f: { speakerId: LONG } }],
  ['an id in a literal filter, by variable', 'query ($s: ID) { statements(filter: { sourceId: $s }) { totalCount } }', { s: LONG }],
])('%s of 95,000 characters is refused before it runs, and the answer is short', async (_name, query, variables) => {
  const { status, body } = await postWith(query, variables);
  expect(status).toBe(400);
  expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['ID_TOO_LONG']);
  expect(body.data).toBeUndefined();
  expect(body.errors![0]!.message.length).toBeLessThan(250);
  expect(JSON.stringify(body)).not.toContain('x'.repeat(100));
});

test('the argument-validation cache keeps at most 4 million characters of arguments, however many distinct long ones are sent', async () => {
  // In process, without the API's id limit: 60 distinct valid filters of 95,000 characters each, 5.7 million in all.
  const schema = await buildClientSchema();
  const repository = loadSeedRepository();
  const document = parse('query ($f: StatementFilter) { statements(filter: $f) { totalCount } }');
  for (let i = 0; i < 60; i++) {
    const result = await execute({
      schema,
      document,
      variableValues: { f: { speakerId: `person:${'z'.repeat(95_000)}${i}` } },
      contextValue: createContext(repository),
    });
    expect(result.errors).toBeUndefined();
  }
  expect(validArgumentsCache.maxCharacters).toBe(4_000_000);
  expect(validArgumentsCache.characters).toBeGreaterThan(3_000_000);
  expect(validArgumentsCache.characters).toBeLessThanOrEqual(4_000_000);
  expect(validArgumentsCache.entries).toBeLessThan(60);
});
