/**
 * The default limits against this schema: the example operations of schema/operations/
 * (and the introspection query Sandbox sends in development) pass with room to spare, and
 * the known abuse shapes are refused, on a real server with no limit set in its environment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, GraphQLSchema } from 'graphql';
import { buildClientSchema } from '../../src/graphql/schema';
import type { CorpusFanOuts } from '../../src/repository';
import { OPERATIONS_DIR } from '../../src/server/apollo/sandbox-example';
import { DEFAULT_LIMITS, LIMIT_CODES } from '../../src/server/plugins/limits';
import { codesOf, type LimitsServer, startLimitsServer } from './helpers/limits-server';
import { measureQuery, type QueryFigures } from './helpers/measure-operation';
import { loadSeedRepository } from '../helpers/seeds';

const OPERATION_FILES = readdirSync(OPERATIONS_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort();
const read = (file: string) => readFileSync(join(OPERATIONS_DIR, file), 'utf8');
/** Sandbox's schema query in development: graphql-js's introspection query with every option. */
const INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});

let schema: GraphQLSchema;
let api: LimitsServer;
const seeds: CorpusFanOuts = loadSeedRepository().fanOuts;

beforeAll(async () => {
  schema = await buildClientSchema();
  api = await startLimitsServer();
});

afterAll(async () => {
  await api?.stop();
});

describe('the example operations', () => {
  test('there are some', () => {
    expect(OPERATION_FILES.length).toBeGreaterThan(0);
  });

  test.each(OPERATION_FILES)('%s passes with the default limits', async (file) => {
    const answer = await api.post(read(file));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  /** The limit of each figure, and the least room (limit ÷ figure) the defaults must leave. */
  const ROOM: [keyof QueryFigures, number, number][] = [
    ['chars', DEFAULT_LIMITS.maxQueryChars, 1.5],
    ['tokens', DEFAULT_LIMITS.maxTokens, 1.5],
    ['depth', DEFAULT_LIMITS.maxDepth, 1.5],
    ['aliases', DEFAULT_LIMITS.maxAliases, 1.5],
    ['directives', DEFAULT_LIMITS.maxDirectives, 1.5],
    ['cost', DEFAULT_LIMITS.maxCost, 1.5],
  ];

  test.each(OPERATION_FILES)('%s is within every default limit with at least 1.5× room', (file) => {
    const figures = measureQuery(schema, read(file), seeds);
    for (const [figure, limit, room] of ROOM) {
      if (figures[figure] * room > limit) {
        throw new Error(`${file}: ${figure} ${figures[figure]} leaves less than ${room}× room under the default ${limit}; retune DEFAULT_LIMITS`);
      }
    }
  });

  test('the figures the defaults were tuned to (settings.ts) are still the largest', () => {
    const largest = (figure: keyof QueryFigures) => Math.max(...OPERATION_FILES.map((file) => measureQuery(schema, read(file), seeds)[figure]));
    expect({
      chars: largest('chars'),
      tokens: largest('tokens'),
      depth: largest('depth'),
      aliases: largest('aliases'),
      directives: largest('directives'),
      cost: Math.ceil(largest('cost')),
    }).toEqual({
      chars: 728,
      tokens: 87,
      depth: 6,
      aliases: 0,
      directives: 0,
      cost: 108,
    });
  });

  test('the introspection query Sandbox sends passes in development', async () => {
    const answer = await api.post(INTROSPECTION);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toHaveProperty('__schema.queryType.name', 'Query');
  });
});

describe('the abuse shapes are refused', () => {
  /** A 400 carrying this limit code among its errors, and nothing but limit refusals. */
  async function expectRefusedWith(query: string, code: string): Promise<void> {
    const answer = await api.post(query);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(codesOf(answer)).toContain(code);
    for (const other of codesOf(answer)) expect(LIMIT_CODES).toContain(other);
  }

  test('a deep cycle: person → statements → nodes → speaker → … on Person → statements → …, 17 levels', async () => {
    const hop = 'statements { nodes { speaker { ... on Person { ';
    const query = `{ person(id: "person:gyorgy-szabo") { ${hop.repeat(5)}name${' } } } }'.repeat(5)} } }`;
    expect(measureQuery(schema, query, seeds).depth).toBe(17);
    await expectRefusedWith(query, 'DEPTH_LIMIT_EXCEEDED');
  });

  test('an alias bomb: hundreds of aliases of one field are refused before parsing', async () => {
    const bomb = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: sources { totalCount }`).join(' ')} }`;
    await expectRefusedWith(bomb, 'QUERY_LENGTH_LIMIT_EXCEEDED');
  });

  test('an alias bomb that fits the length and token limits is refused by the alias limit', async () => {
    const bomb = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: sources { totalCount }`).join(' ')} }`;
    await expectRefusedWith(bomb, 'ALIAS_LIMIT_EXCEEDED');
  });

  test('a cycle of events and the organisations taking part in them, within the depth limit', async () => {
    const query = `{ events(first: 100) { nodes { participants { actor { ... on Organisation { events(first: 100) { nodes {
      participants { actor { ... on Organisation { name } } } } } } } } } } }`;
    expect(measureQuery(schema, query, seeds).depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
    await expectRefusedWith(query, 'COST_LIMIT_EXCEEDED');
  });

  test('organisations, their members, their events and the organisations taking part, within the depth limit', async () => {
    const query = `{ organisations(first: 100) { nodes { members { person { events(first: 100) { nodes {
      participants { actor { ... on Organisation { name } } } } } } } } } }`;
    expect(measureQuery(schema, query, seeds).depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
    await expectRefusedWith(query, 'COST_LIMIT_EXCEEDED');
  });

  test('an alias bomb within the alias and token limits: 15 aliases of a deep traversal', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: organisations(first: 20) { ...Traversal }`).join(' ');
    const query = `{ ${aliases} } fragment Traversal on OrganisationConnection {
      nodes { members { person { statements(first: 5) { nodes { event { organisers { name } } } } } } } }`;
    await expectRefusedWith(query, 'COST_LIMIT_EXCEEDED');
  });

  test('a wide fan-out: a hundred search hits, their members, their events and everyone taking part', async () => {
    const query = `{ search(text: "osce", first: 100) { node { ... on Organisation { members { person {
      events(first: 100) { nodes { participants { actor { ... on Person { name } } } } } } } } } } }`;
    await expectRefusedWith(query, 'COST_LIMIT_EXCEEDED');
  });

  test('a thousand directives (@include(if: true) × 1000) are refused before parsing', async () => {
    await expectRefusedWith(`{ __typename${' @include(if: true)'.repeat(1000)} }`, 'QUERY_LENGTH_LIMIT_EXCEEDED');
  });

  test('directives that fit the length and token limits are refused by the directive limit', async () => {
    await expectRefusedWith(`{${' __typename @include(if: true)'.repeat(11)} }`, 'DIRECTIVE_LIMIT_EXCEEDED');
  });

  test('a megabyte of whitespace: the body limit (100kb) answers 413 before the body is read into a query', async () => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `${' '.repeat(1_000_000)}{ __typename }` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  test('90kB of whitespace, under the body limit: refused by its length, before parsing', async () => {
    await expectRefusedWith(`{ __typename${' '.repeat(90_000)}}`, 'QUERY_LENGTH_LIMIT_EXCEEDED');
  });

  test('a long run of tokens that fits the length limit', async () => {
    await expectRefusedWith(`{${' __typename'.repeat(260)} }`, 'TOKEN_LIMIT_EXCEEDED');
  });

  test('every article, every event it reports and everyone taking part in every event of theirs', async () => {
    const query = `{ sources(first: 100) { nodes { events { participants { actor { ... on Organisation {
      events(first: 100) { nodes { participants { actor { ... on Person { name } } } } } } } } } } } }`;
    await expectRefusedWith(query, 'COST_LIMIT_EXCEEDED');
  });
});

describe('what the old cost model refused, and the corpus shows is small, is answered', () => {
  // Counted in objects, fragments spread twice are collected once, as graphql-js executes them.
  test('fragment fan-out: fragments spreading the next one twice, 16 deep, cost what they return', async () => {
    const fragments = Array.from({ length: 16 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F16 on Query { people(first: 20) { nodes { name } } }`;
    const answer = await api.post(query);
    expect(answer.status).toBe(200);
    expect((answer.body.data as { people: { nodes: unknown[] } }).people.nodes).toHaveLength(20);
    expect(answer.body.extensions).toEqual({ cost: { requested: 21, limit: DEFAULT_LIMITS.maxCost } });
  });

  test('every list of the seeds, 100 at a time: at most one object per entity', async () => {
    const lists = ['people', 'organisations', 'events', 'statements', 'commitments', 'places', 'sources'];
    const answer = await api.post(`{ ${lists.map((list) => `${list}(first: 100) { totalCount nodes { id } }`).join(' ')} }`);
    expect(answer.status).toBe(200);
    const data = answer.body.data as Record<string, { totalCount: number; nodes: unknown[] }>;
    const entities = lists.reduce((sum, list) => sum + data[list]!.totalCount, 0);
    expect(answer.body.extensions).toEqual({ cost: { requested: lists.length + entities, limit: DEFAULT_LIMITS.maxCost } });
  });
});
