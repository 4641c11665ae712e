/**
 * The cost model: a query costs the most objects it can answer with on the corpus it is
 * served from. It must never be below what the query really answers (on generated queries
 * and on the realistic set, on the seeds and on a 10× corpus); the realistic set passes the
 * default limit; only the operation that runs is counted; page sizes are checked first; and
 * a corpus of another shape costs the same query anew.
 */
import fc from 'fast-check';
import { execute, getNamedType, getNullableType, type GraphQLSchema, isCompositeType, isListType, isObjectType, parse, validate } from 'graphql';
import { createContext } from '../../src/graphql/context';
import { estimateCost } from '../../src/graphql/cost/estimate-cost';
import { LIST_SIZES, listSizeOf } from '../../src/graphql/cost/list-sizes';
import { buildClientSchema } from '../../src/graphql/schema';
import { CorpusRepository } from '../../src/repository';
import { createApolloServer } from '../../src/server/apollo/create-apollo-server';
import { DEFAULT_LIMITS, limitFeatures } from '../../src/server/plugins/limits';
import { startServer } from '../../src/server/servers/graph-server';
import { copySuffix, scaleCorpus } from '../helpers/api-scaled-corpus';
import { loadSeedCorpus } from '../helpers/seeds';
import { corpusSamples } from '../property/corpus-samples';
import { deepPathArbitrary, type GeneratedOperation, operationArbitrary } from '../property/operation-arbitrary';
import { REALISTIC_QUERIES, type RealisticQuery } from './fixtures/realistic-queries';
import type { Answer, GraphQLBody } from './helpers/limits-server';
import { objectsAnswered } from './helpers/objects-answered';

const CORPORA = {
  seeds: new CorpusRepository(loadSeedCorpus()),
  '10× the seeds': new CorpusRepository(scaleCorpus(loadSeedCorpus(), 10)),
};
type CorpusName = keyof typeof CORPORA;
const CORPUS_NAMES = Object.keys(CORPORA) as CorpusName[];

/** The realistic query as it reads on a corpus: on the scaled one, its ids are those of the first copy. */
function onCorpus(query: RealisticQuery, corpus: CorpusName): RealisticQuery {
  if (corpus === 'seeds') return query;
  return { ...query, query: query.query.replace(/"((?:person|organisation|source|event|place|statement|commitment):[a-z0-9-]+)"/g, `"$1${copySuffix(0)}"`) };
}

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildClientSchema();
});

describe('what the cost limit knows of every list: LIST_SIZES and the relation fields', () => {
  const listFields = () =>
    Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field, coordinate: `${type.name}.${field.name}` })))
      .filter(({ field }) => isCompositeType(getNamedType(field.type)));
  const isConnectionList = (typeName: string, fieldName: string) => typeName.endsWith('Connection') && ['edges', 'nodes'].includes(fieldName);

  const answersLists = () =>
    listFields().filter(
      ({ type, field }) =>
        (isListType(getNullableType(field.type)) || field.args.some((arg) => arg.name === 'after')) && !isConnectionList(type.name, field.name),
    );

  test('every field answering a list of objects, or a connection, has a size (connections hold their page)', () => {
    const missing = answersLists()
      .filter(({ type, field }) => !listSizeOf(type, field))
      .map(({ coordinate }) => coordinate);
    expect(missing).toEqual([]);
  });

  test('each size bounds `first` with the default the schema gives it', () => {
    for (const { type, field, coordinate } of answersLists()) {
      expect({ coordinate, default: field.args.find((arg) => arg.name === 'first')?.defaultValue }).toEqual({
        coordinate,
        default: listSizeOf(type, field)!.first?.default,
      });
    }
  });

  test('every entry of LIST_SIZES is a field of the schema', () => {
    const coordinates = new Set(listFields().map(({ coordinate }) => coordinate));
    expect(Object.keys(LIST_SIZES).filter((coordinate) => !coordinates.has(coordinate))).toEqual([]);
  });
});

describe.each(CORPUS_NAMES)('on %s, the estimate is never below what the query answers', (corpus) => {
  const repository = CORPORA[corpus];

  async function estimateAndAnswer({ query, operationName, variables }: GeneratedOperation) {
    const document = parse(query);
    const estimate = estimateCost(schema, document, { operationName, variables }, repository.fanOuts);
    const result = await execute({ schema, document, operationName, variableValues: variables, contextValue: createContext(repository) });
    return { estimate, result };
  }

  test.each(REALISTIC_QUERIES.map((query) => [query.name, query] as const))('%s', async (_name, query) => {
    const { estimate, result } = await estimateAndAnswer(onCorpus(query, corpus));
    expect(result.errors).toBeUndefined();
    expect(objectsAnswered(result.data)).toBeGreaterThan(0);
    expect(estimate!.objects).toBeGreaterThanOrEqual(objectsAnswered(result.data));
  });

  /**
   * Operations generated from the schema (seeded). Those the server runs are checked: they
   * validate, have valid variables and page sizes, and are within 5× the default limit, the
   * range where the estimate decides (larger ones are refused whatever they would answer).
   */
  test('on generated operations', async () => {
    const samples = await corpusSamples(
      repository,
      async (query) => (await execute({ schema, document: parse(query), contextValue: createContext(repository) })).data!,
    );
    const operations = fc.oneof({ arbitrary: operationArbitrary(schema, samples), weight: 3 }, { arbitrary: deepPathArbitrary(schema, samples), weight: 1 });
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(operations, async (operation) => {
        let document;
        try {
          document = parse(operation.query);
        } catch {
          return;
        }
        if (validate(schema, document).length > 0) return;
        const estimate = estimateCost(schema, document, operation, repository.fanOuts);
        if (!estimate || estimate.pageSizeProblems.length > 0 || estimate.objects > 5 * DEFAULT_LIMITS.maxCost) return;
        const { data } = await execute({
          schema,
          document,
          operationName: operation.operationName,
          variableValues: operation.variables,
          contextValue: createContext(repository),
        });
        checked += 1;
        expect(estimate.objects).toBeGreaterThanOrEqual(objectsAnswered(data));
      }),
      { seed: 20_261_203, numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
  }, 60_000);
});

describe.each(CORPUS_NAMES)('the realistic queries pass the default limits on %s, and each answer says what it cost', (corpus) => {
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer(CORPORA[corpus], { production: false, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent' } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  async function post(body: object): Promise<Answer> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody };
  }

  test.each(REALISTIC_QUERIES.map((query) => [query.name, query] as const))('%s', async (_name, query) => {
    const { query: text, operationName, variables } = onCorpus(query, corpus);
    const answer = await post({ query: text, operationName, variables });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    const estimate = estimateCost(schema, parse(text), { operationName, variables }, CORPORA[corpus].fanOuts)!;
    expect(answer.body.extensions).toEqual({ cost: { requested: estimate.objects, limit: DEFAULT_LIMITS.maxCost } });
  });

  test('of several operations in one document, only the one named by operationName is costed', async () => {
    const one = 'query One { people(first: 2) { nodes { name } } }';
    const expensive = `query Expensive { events(first: 100) { nodes { participants { actor { ... on Organisation { events(first: 100) { nodes {
      participants { actor { ... on Organisation { name } } } } } } } } } } }`;
    const alone = await post({ query: one });
    const named = await post({ query: `${one} ${expensive}`, operationName: 'One' });
    expect(named.status).toBe(200);
    expect(named.body.extensions).toEqual(alone.body.extensions);
    expect(alone.body.extensions).toEqual({ cost: { requested: 3, limit: DEFAULT_LIMITS.maxCost } });
    const other = await post({ query: `${one} ${expensive}`, operationName: 'Expensive' });
    expect(other.body.errors!.map((error) => error.extensions?.code)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  test('a page size out of range gets the page-size message, not a cost refusal, however costly the query', async () => {
    const answer = await post({
      query: '{ people(first: 500) { nodes { events(first: 100) { nodes { participants { actor { ... on Person { name } } } } } } } }',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        message: 'people: first must be at most 100 (got 500); ask for 100 or fewer and page on with `after` where the list has it',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ argument: 'people.first' })] }),
      }),
    ]);
  });
});

describe('a corpus of another shape costs the same query anew', () => {
  test('one server, two corpora: each request is costed on the corpus it is served from', async () => {
    const { plugins, validationRules } = limitFeatures({});
    const apollo = createApolloServer({ schema, production: false, plugins, validationRules, executor: null });
    await apollo.start();
    try {
      const cost = async (repository: CorpusRepository) => {
        const response = await apollo.executeOperation({ query: '{ people(first: 100) { nodes { name } } }' }, { contextValue: createContext(repository) });
        return response.body.kind === 'single' ? response.body.singleResult.extensions?.cost : undefined;
      };
      expect(await cost(CORPORA.seeds)).toEqual({ requested: 23, limit: DEFAULT_LIMITS.maxCost });
      expect(await cost(CORPORA['10× the seeds'])).toEqual({ requested: 101, limit: DEFAULT_LIMITS.maxCost });
      expect(await cost(CORPORA.seeds)).toEqual({ requested: 23, limit: DEFAULT_LIMITS.maxCost });
    } finally {
      await apollo.stop();
    }
  });
});
