/**
 * The production server, under 2,000 generated requests: operations built from the schema
 * (random fields, depths and arguments at and past their bounds), broken documents, and
 * broken requests. Every answer must be a well-formed GraphQL response with status 200 or
 * a 4xx, no internal error and no dropped connection; afterwards the server must answer as
 * it did before.
 *
 * fast-check is seeded, so every run sends the same requests; FC_SEED=<integer> sends
 * others. A failure prints its seed and path (and the shrunk requests): rerun with that
 * FC_SEED to replay it. FC_RUNS_FACTOR=<n> sends n times as many, for a longer hunt.
 */
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { readExampleOperations } from '../../src/cli/soak/example-operations';
import { buildClientSchema } from '../../src/graphql/schema';
import type { ClientServer } from '../../src/server/servers/graph-server';
import { startServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';
import { corpusSamples } from './corpus-samples';
import { type Answer, errorCodesOf, problemsOf, send } from './graphql-response';
import { brokenDocumentArbitrary, type CorpusSamples, deepPathArbitrary, operationArbitrary } from './operation-arbitrary';
import { brokenRequestArbitrary, type HttpRequest, MAX_GET_URL_CHARS, operationRequestArbitrary, postRequest } from './request-arbitrary';
import MANIFEST from '../../client/generated/persisted-documents.json';

const SEED = integerFromEnvironment('FC_SEED', 20_260_522);
const RUNS_FACTOR = Math.max(1, integerFromEnvironment('FC_RUNS_FACTOR', 1));
/** Requests in flight at once: each run of a property sends a batch of this many. */
const BATCH = 8;
/** Runs per property; × BATCH requests: 1,200 + 400 + 400 = 2,000 (× FC_RUNS_FACTOR). */
const RUNS = { operations: 150 * RUNS_FACTOR, brokenDocuments: 50 * RUNS_FACTOR, brokenRequests: 50 * RUNS_FACTOR };
const TIMEOUT_MS = 60_000 * RUNS_FACTOR;

function integerFromEnvironment(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer (got ${JSON.stringify(raw)})`);
  return value;
}

/** A query whose exact answer is known from the seed corpus. */
const KNOWN_QUERY = '{ person(id: "person:gyorgy-szabo") { name } organisation(id: "organisation:osce") { id kind } people(first: 0) { totalCount } }';
const KNOWN_ANSWER = {
  data: { person: { name: 'György Szabó' }, organisation: { id: 'organisation:osce', kind: 'INTERGOVERNMENTAL' }, people: { totalCount: 22 } },
  extensions: { cost: { requested: 3, limit: 10_000 } },
};

describe(`the production server, under ${(RUNS.operations + RUNS.brokenDocuments + RUNS.brokenRequests) * BATCH} generated requests`, () => {
  const repository = loadSeedRepository();
  let server: ClientServer;
  let schema: GraphQLSchema;
  let samples: CorpusSamples;
  let examplesBefore: Record<string, Answer>;

  beforeAll(async () => {
    server = await startServer(repository, { production: true, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent' } });
    schema = await buildClientSchema();
    samples = await corpusSamples(repository, async (query) => {
      const answer = await send(server.url, postRequest('cursors', { query }));
      return (JSON.parse(answer.text) as { data: Record<string, unknown> }).data;
    });
    examplesBefore = await answersToExamples();
  }, TIMEOUT_MS);

  afterAll(() => server?.stop());

  async function answersToExamples(): Promise<Record<string, Answer>> {
    const operations = readExampleOperations();
    const answers = await Promise.all(operations.map((operation) => send(server.url, postRequest(operation.name, { query: operation.query }))));
    return Object.fromEntries(operations.map((operation, i) => [operation.name, answers[i]!]));
  }

  /** What is wrong with the answer to a request: not a well-formed response, or an internal error. */
  function problemsWith(request: HttpRequest, answer: Answer): string[] {
    const problems = problemsOf(answer);
    if (errorCodesOf(answer).includes('INTERNAL_SERVER_ERROR')) problems.push('an INTERNAL_SERVER_ERROR');
    return problems;
  }

  /** Sends the requests at once; throws with every request whose answer has problems. */
  async function expectWellAnswered(requests: readonly HttpRequest[], options: { onAnswer?: (answer: Answer) => void } = {}): Promise<void> {
    const answers = await Promise.allSettled(requests.map((request) => send(server.url, request)));
    const failures = requests.flatMap((request, i) => {
      const settled = answers[i]!;
      if (settled.status === 'rejected') return [`${fc.stringify(request)}\n  → no answer (a dropped connection?): ${describeFailure(settled.reason)}`];
      const answer = settled.value;
      options.onAnswer?.(answer);
      const problems = problemsWith(request, answer);
      return problems.length === 0 ? [] : [`${fc.stringify(request)}\n  → ${answer.status} ${answer.text.slice(0, 400)}\n  problems: ${problems.join('; ')}`];
    });
    if (failures.length > 0) throw new Error(`${failures.length} of ${requests.length} answers are wrong:\n\n${failures.join('\n\n')}`);
  }

  function describeFailure(error: unknown): string {
    const { message, cause } = error as { message?: string; cause?: { code?: string; message?: string } };
    return [message, cause?.code, cause?.message].filter(Boolean).join(': ');
  }

  function forAllBatches(requests: fc.Arbitrary<HttpRequest>, numRuns: number, onAnswer?: (answer: Answer) => void): Promise<void> {
    const batches = fc.array(requests, { minLength: BATCH, maxLength: BATCH });
    return fc.assert(
      fc.asyncProperty(batches, (batch) => expectWellAnswered(batch, { onAnswer })),
      { seed: SEED, numRuns },
    );
  }

  test(
    `operations built from the schema: ${RUNS.operations * BATCH} requests`,
    async () => {
      const operations = fc.oneof({ arbitrary: operationArbitrary(schema, samples), weight: 9 }, { arbitrary: deepPathArbitrary(schema, samples), weight: 1 });
      let executed = 0;
      let answered = 0;
      await forAllBatches(operationRequestArbitrary('operation', operations), RUNS.operations, (answer) => {
        answered += 1;
        if (answer.status === 200 && /^\{"data":\{/.test(answer.text)) executed += 1;
      });
      // The generator must reach the resolvers, not only the validation: a good share runs.
      expect(executed / answered).toBeGreaterThan(0.2);
    },
    TIMEOUT_MS,
  );

  test(
    `broken documents (truncated, stray tokens, token soup, fragment cycles, random text): ${RUNS.brokenDocuments * BATCH} requests`,
    async () => {
      const documents = brokenDocumentArbitrary(operationArbitrary(schema, samples));
      await forAllBatches(operationRequestArbitrary('broken document', documents), RUNS.brokenDocuments);
    },
    TIMEOUT_MS,
  );

  test(
    `broken requests (bodies, shapes, nesting, document ids, content types, methods, abuse payloads): ${RUNS.brokenRequests * BATCH} requests`,
    async () => {
      await forAllBatches(brokenRequestArbitrary(operationArbitrary(schema, samples), Object.keys(MANIFEST)), RUNS.brokenRequests);
    },
    TIMEOUT_MS,
  );

  test('afterwards, the server answers the example operations exactly as before, and a known query exactly', async () => {
    for (const answer of Object.values(examplesBefore)) expect(problemsOf(answer)).toEqual([]);
    expect(await answersToExamples()).toEqual(examplesBefore);
    const known = await send(server.url, postRequest('known query', { query: KNOWN_QUERY }));
    expect(known.status).toBe(200);
    expect(JSON.parse(known.text)).toEqual(KNOWN_ANSWER);
  });

  // Bugs the generated requests found, fixed, and kept as regression tests.
  describe('inputs that once failed', () => {
    const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
    const post = (label: string, body: string | Uint8Array, headers: Record<string, string> = json): HttpRequest => ({
      label,
      method: 'POST',
      search: '',
      headers,
      body,
    });

    test.each(['people(filter: {name: null})', 'organisations(filter: {name: null})', 'events(filter: {name: null})', 'statements(filter: {text: null})'])(
      'a list filter with an explicit null text, %s, answers like no filter, not INTERNAL_SERVER_ERROR',
      async (field) => {
        await expectWellAnswered([post('null text filter', JSON.stringify({ query: `{ ${field} { totalCount } }` }))]);
      },
    );

    test('a mutation (the schema has none) is a client error, not INTERNAL_SERVER_ERROR', async () => {
      await expectWellAnswered([post('mutation', JSON.stringify({ query: 'mutation { people { totalCount } }' }))]);
    });

    test('a subscription (the schema has none) is a client error, not INTERNAL_SERVER_ERROR', async () => {
      await expectWellAnswered([post('subscription', JSON.stringify({ query: 'subscription { people { totalCount } }' }))]);
    });

    test('an unsupported persisted-query version is a client error, not INTERNAL_SERVER_ERROR', async () => {
      const body = JSON.stringify({ extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } } });
      await expectWellAnswered([post('persisted-query version 2', body)]);
    });

    test('a persisted-query hash that does not match the query is a client error, not INTERNAL_SERVER_ERROR', async () => {
      const body = JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
      await expectWellAnswered([post('persisted-query hash mismatch', body)]);
    });

    test('a body that does not decompress gets a GraphQL-style error, not an HTML page', async () => {
      await expectWellAnswered([post('bad gzip', 'not gzip', { ...json, 'content-encoding': 'gzip' })]);
    });

    test('a GET whose URL is over 16 KB gets a GraphQL-style error, not a bare 431', async () => {
      const search = `?query=${encodeURIComponent(`{ search(text: "${'a'.repeat(MAX_GET_URL_CHARS + 5_000)}") { score } }`)}`;
      await expectWellAnswered([{ label: 'long GET', method: 'GET', search, headers: { 'apollo-require-preflight': 'true' } }]);
    });
  });
});
