/**
 * graphql-jit runs repeated operations (src/graphql/compiled-execution.ts). It must answer
 * exactly as graphql-js does, data and errors alike, including where graphql-jit on its own
 * does not: defaults of variables that are not sent, and errors with `extensions`.
 */
import fc from 'fast-check';
import { GraphQLFormattedError, parse } from 'graphql';
import { readExampleOperations } from '../../src/cli/soak/example-operations';
import { createCompiledExecutor } from '../../src/graphql/compiled-execution';
import { createContext } from '../../src/graphql/context';
import { buildClientSchema } from '../../src/graphql/schema';
import { ApiClient, createApiClient } from '../helpers/api-client';
import { GRAPHQL_JIT, GRAPHQL_JS } from '../helpers/executors';
import { loadSeedRepository } from '../helpers/seeds';
import { failingRepository } from '../observability/observed-server';
import { corpusSamples } from '../property/corpus-samples';
import { deepPathArbitrary, operationArbitrary } from '../property/operation-arbitrary';

const repository = loadSeedRepository();
let graphqlJs: ApiClient;
let jit: ApiClient;

beforeAll(async () => {
  [graphqlJs, jit] = await Promise.all([createApiClient(repository, { executor: GRAPHQL_JS }), createApiClient(repository, { executor: GRAPHQL_JIT })]);
});

afterAll(() => Promise.all([graphqlJs?.stop(), jit?.stop()]));

/** Both answers, after checking they are the same (but for the async stack traces of development mode). */
async function sameAnswer(query: string, variables?: Record<string, unknown>) {
  const [expected, compiled] = await Promise.all([graphqlJs.execute(query, variables), jit.execute(query, variables)]);
  expect(withoutStackTraces(compiled)).toEqual(withoutStackTraces(expected));
  return compiled;
}

function withoutStackTraces<T extends { errors?: readonly GraphQLFormattedError[] }>(answer: T): T {
  return { ...answer, errors: answer.errors?.map(({ extensions, ...error }) => ({ ...error, extensions: { ...extensions, stacktrace: undefined } })) };
}

test('every example operation answers the same, compiled', async () => {
  const examples = readExampleOperations();
  expect(examples.length).toBeGreaterThanOrEqual(5);
  for (const { query } of examples) {
    const answer = await sameAnswer(query);
    expect(answer.errors).toBeUndefined();
  }
});

test('a non-null variable that is not sent takes its default', async () => {
  const answer = await sameAnswer(
    'query Person($id: ID! = "person:gyorgy-szabo", $first: Int = 1) { person(id: $id) { name statements(first: $first) { totalCount nodes { id } } } }',
  );
  expect(answer.data).toEqual({
    person: { name: 'György Szabó', statements: { totalCount: 1, nodes: [{ id: 'statement:gyorgy-szabo-osce-promotes-co-operation' }] } },
  });
});

test('an enum variable, sent as its name, filters as it does in graphql-js', async () => {
  const answer = await sameAnswer('query Kind($kind: OrganisationKind) { organisations(filter: { kind: $kind }, first: 100) { totalCount nodes { kind } } }', {
    kind: 'INTERGOVERNMENTAL',
  });
  const { organisations } = answer.data as { organisations: { totalCount: number; nodes: { kind: string }[] } };
  expect(organisations.totalCount).toBeGreaterThan(0);
  expect(new Set(organisations.nodes.map((node) => node.kind))).toEqual(new Set(['INTERGOVERNMENTAL']));
});

test('a variable of the wrong type is a BAD_USER_INPUT error naming the variable', async () => {
  const answer = await sameAnswer('query People($first: Int!) { people(first: $first) { totalCount } }', { first: 'two' });
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors?.[0]?.message).toMatch(/^Variable "\$first" got invalid value "two"/);
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('an argument out of range is the same BAD_USER_INPUT error, with its problems listed', async () => {
  const answer = await sameAnswer('{ people(first: 500) { totalCount } }');
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(answer.errors?.[0]?.path).toEqual(['people']);
  expect(answer.errors?.[0]?.locations).toEqual([{ line: 1, column: 3 }]);
});

test('an invalid filter value is the same error, at the same path', async () => {
  const answer = await sameAnswer('query { events(filter: { from: "last spring" }) { totalCount } }');
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(answer.errors?.[0]?.message).toMatch(/filter\.from/);
});

test('two fields that fail: the same errors, in the same order, under both executors (issue 18)', async () => {
  const answer = await sameAnswer(
    '{ a: events(filter: { from: "last spring" }) { totalCount } b: statements(filter: { speakerId: "nonsense" }) { totalCount } c: places(first: 1) { totalCount } }',
  );
  // Both connections are non-null: the first error nulls the whole answer, as graphql-js reports it.
  expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['a'], 'BAD_USER_INPUT']]);
  expect(answer.data).toBeNull();
});

test.each([
  [
    'a nullable root field (path) and a non-null one (network) fail',
    '{ n: network(seedIds: ["person:nobody"]) { truncated } p: path(fromId: "person:yerlan-karin", toId: "person:gyorgy-szabo", maxHops: 9) { weight } }',
    [
      [['p'], 'BAD_USER_INPUT'],
      [['n'], 'BAD_USER_INPUT'],
    ],
  ],
  [
    'a nullable root field (path) and a non-null timeline fail',
    '{ p: path(fromId: "person:yerlan-karin", toId: "person:gyorgy-szabo", maxHops: 9) { weight } t: timeline(unit: DAY, filter: { from: "1000", to: "2020" }) { unit } }',
    [
      [['p'], 'BAD_USER_INPUT'],
      [['t'], 'BAD_USER_INPUT'],
    ],
  ],
  [
    'a field inside a nullable root field (person) and a non-null network fail',
    '{ a: person(id: "person:yerlan-karin") { statements(after: "page-2") { totalCount } } n: network(seedIds: ["person:nobody"]) { truncated } }',
    [[['n'], 'BAD_USER_INPUT']],
  ],
  [
    'a field inside a nullable root field (person) and a non-null timeline fail',
    '{ a: person(id: "person:yerlan-karin") { statements(after: "page-2") { totalCount } } t: timeline(unit: DAY, filter: { from: "June" }) { unit } }',
    [[['t'], 'BAD_USER_INPUT']],
  ],
])('two fields that fail, one nullable: %s; the same errors under both executors (issue 18)', async (_case, query, errors) => {
  // Every root resolver here validates its arguments, so fails asynchronously: the nullable
  // field's error is kept when it comes first, and the answer is nulled by the non-null one.
  for (let run = 0; run < 3; run++) {
    const answer = await sameAnswer(query);
    expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual(errors);
    expect(answer.data).toBeNull();
  }
});

test('an id of no entity answers null, the same way', async () => {
  const answer = await sameAnswer('{ person(id: "person:nobody") { name } node(id: "nonsense") { id } }');
  expect(answer.data).toEqual({ person: null, node: null });
});

test('an operation is compiled once it has run the given number of times, and answers as before', async () => {
  const schema = await buildClientSchema();
  const executor = createCompiledExecutor(schema, { compileAfter: 2 });
  const document = parse('query Szabo { person(id: "person:gyorgy-szabo") { name affiliations { organisation { name } } } }');
  const answers = [];
  const compiledAfterEachRun = [];
  for (let run = 0; run < 3; run++) {
    answers.push(await executor.execute({ document, contextValue: createContext(repository) }));
    compiledAfterEachRun.push(executor.compiledOperations);
  }
  expect(compiledAfterEachRun).toEqual([0, 0, 1]);
  expect(answers[2]).toEqual(answers[0]);
  expect((answers[0]?.data as { person: { name: string } }).person.name).toBe('György Szabó');
});

test("an unknown operation name is graphql-js's error, and nothing is compiled", async () => {
  const schema = await buildClientSchema();
  const executor = createCompiledExecutor(schema, { compileAfter: 0 });
  const result = await executor.execute({ document: parse('query A { people { totalCount } }'), operationName: 'B', contextValue: createContext(repository) });
  expect(result.errors?.map((error) => error.message)).toEqual(['Unknown operation named "B".']);
  expect(executor.compiledOperations).toBe(0);
});

test('a resolver that fails unexpectedly: the same INTERNAL_SERVER_ERROR, at the same path, data nulled the same way', async () => {
  // A failure deep in the answer: a non-null list whose loader throws nulls its parent.
  const failing = failingRepository(repository, ['statementsBySpeaker'], new Error('the statements index is gone'));
  const clients = await Promise.all([GRAPHQL_JS, GRAPHQL_JIT].map((executor) => createApiClient(failing, { executor })));
  try {
    const query = '{ person(id: "person:gyorgy-szabo") { name statements { totalCount } } people(first: 1) { totalCount } }';
    const [expected, compiled] = await Promise.all(clients.map((client) => client.execute(query)));
    expect(withoutStackTraces(compiled!)).toEqual(withoutStackTraces(expected!));
    expect(compiled!.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['person', 'statements'], 'INTERNAL_SERVER_ERROR']]);
    expect(compiled!.data).toEqual({ person: null, people: { totalCount: 22 } });
  } finally {
    await Promise.all(clients.map((client) => client.stop()));
  }
});

test('operations generated from the schema answer the same, compiled: 400 of them', async () => {
  const schema = await buildClientSchema();
  const samples = await corpusSamples(repository, (query) => graphqlJs.query(query));
  const operations = fc.oneof({ arbitrary: operationArbitrary(schema, samples), weight: 4 }, { arbitrary: deepPathArbitrary(schema, samples), weight: 1 });
  let withData = 0;
  await fc.assert(
    fc.asyncProperty(operations, async ({ query, variables, operationName }) => {
      const [expected, compiled] = await Promise.all([graphqlJs, jit].map((client) => client.execute(query, variables, operationName)));
      expect(withoutStackTraces(compiled!)).toEqual(withoutStackTraces(expected!));
      if (expected!.data) withData += 1;
    }),
    { seed: 20_261_122, numRuns: 400 },
  );
  // Not vacuous: many get past validation and run (the generator also goes past the bounds on purpose).
  expect(withData).toBeGreaterThan(120);
}, 60_000);
