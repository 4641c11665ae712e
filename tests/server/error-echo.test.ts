/**
 * Errors quote at most a short prefix of what the client sent (issue 18): graphql-js, Apollo
 * and body-parser quote a refused name, literal or value in full, so 95 KB in answered 190 KB
 * out (message and stack trace). Long input in each place an error quotes it: the answer stays
 * small, and still says what was wrong, with the first 40 characters and the length.
 */
import { ApolloServer } from '@apollo/server';
import { createContext } from '../../src/graphql/context';
import { buildClientSchema } from '../../src/graphql/schema';
import { boundClientText, QUOTED_CHARS, quoteClientText } from '../../src/server/apollo/client-text';
import { createApolloServer } from '../../src/server/apollo/create-apollo-server';
import type { ServerKind } from '../../src/server/config';
import { startServer, type ClientServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';

/** Long enough to dwarf any message, short enough for MAX_QUERY_CHARS (3000) when it is in the query text. */
const IN_QUERY = 2_800;
/** In variables, the operation name or headers: only the body limit bounds them. */
const IN_VALUES = 95_000;

const name = IN_QUERY.toLocaleString('en');
const value = IN_VALUES.toLocaleString('en');
/** How an error quotes `length` characters of `char`. */
const quoted = (char: string, length: string) => `"${char.repeat(QUOTED_CHARS)}…" (${length} characters)`;

const x = 'x'.repeat(IN_QUERY);
const y = 'y'.repeat(IN_VALUES);

interface Case {
  readonly body: { query: string; variables?: Record<string, unknown>; operationName?: string };
  readonly code: string;
  /** The first error's message. */
  readonly message: string | RegExp;
}

const CASES: Record<string, Case> = {
  'a syntax error': {
    body: { query: `{ people { totalCount } } ${x}` },
    code: 'GRAPHQL_PARSE_FAILED',
    message: `Syntax Error: Unexpected Name ${quoted('x', name)}.`,
  },
  'an unknown field': { body: { query: `{ ${x} }` }, code: 'GRAPHQL_VALIDATION_FAILED', message: `Cannot query field ${quoted('x', name)} on type "Query".` },
  'an unknown argument': {
    body: { query: `{ people(${x}: 1) { totalCount } }` },
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Unknown argument ${quoted('x', name)} on field "Query.people".`,
  },
  'an unknown type': {
    body: { query: `query($a: ${x}) { people(first: $a) { totalCount } }` },
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Unknown type ${quoted('x', name)}.`,
  },
  'an unknown fragment': { body: { query: `{ ...${x} }` }, code: 'GRAPHQL_VALIDATION_FAILED', message: `Unknown fragment ${quoted('x', name)}.` },
  'an undefined variable': {
    body: { query: `{ person(id: $${x}) { name } }` },
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Variable "$${'x'.repeat(QUOTED_CHARS - 1)}…" (${(IN_QUERY + 1).toLocaleString('en')} characters) is not defined.`,
  },
  'an unknown directive': {
    body: { query: `{ __typename @${x} }` },
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Unknown directive "@${'x'.repeat(QUOTED_CHARS - 1)}…" (${(IN_QUERY + 1).toLocaleString('en')} characters).`,
  },
  'an unknown operation name': {
    body: { query: '{ __typename }', operationName: y },
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: `Unknown operation named ${quoted('y', value)}.`,
  },
  'an unknown enum value, written in the query': {
    body: { query: `{ timeline(unit: ${x.toUpperCase()}) { __typename } }` },
    code: 'BAD_USER_INPUT',
    message: new RegExp(`^Value ${escape(quoted('X', name))} does not exist in "TimeUnit" enum\\. Send one of: [A-Z, ]*DAY`),
  },
  'an unknown enum value, in a variable': {
    body: { query: 'query($unit: TimeUnit) { timeline(unit: $unit) { __typename } }', variables: { unit: y } },
    code: 'BAD_USER_INPUT',
    message: new RegExp(
      `^Variable "\\$unit" got invalid value ${escape(quoted('y', value))}; Value ${escape(quoted('y', value))} does not exist in "TimeUnit" enum\\.`,
    ),
  },
  'a variable of the wrong type': {
    body: { query: 'query($n: Int) { people(first: $n) { totalCount } }', variables: { n: y } },
    code: 'BAD_USER_INPUT',
    message: `Variable "$n" got invalid value ${quoted('y', value)}; Int cannot represent non-integer value: ${quoted('y', value)}`,
  },
  'a variable with an unknown field': {
    body: { query: 'query($f: PersonFilter) { people(filter: $f) { totalCount } }', variables: { f: { [y]: 1 } } },
    code: 'BAD_USER_INPUT',
    message: new RegExp(
      `^Variable "\\$f" got invalid value \\{ ${'y'.repeat(QUOTED_CHARS)}… \\(${value} characters\\): 1 \\}; Field ${escape(quoted('y', value))} is not defined by type "PersonFilter"\\.`,
    ),
  },
  'a literal of the wrong type': {
    body: { query: `{ people(first: "${x}") { totalCount } }` },
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Int cannot represent non-integer value: ${quoted('x', name)}`,
  },
  'a literal where an input object belongs': {
    body: { query: `{ people(filter: "${x}") { totalCount } }` },
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Expected value of type "PersonFilter", found ${quoted('x', name)}.`,
  },
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Answer {
  readonly status: number;
  readonly length: number;
  readonly errors: { message: string; extensions?: Record<string, unknown> }[];
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, length: text.length, errors: (JSON.parse(text) as { errors?: Answer['errors'] }).errors ?? [] };
}

describe('the client graph, outside production (stack traces in the answer)', () => {
  let server: ClientServer;
  beforeAll(async () => {
    server = await startServer(loadSeedRepository(), {
      production: false,
      http: { port: 0, corsOrigins: [] },
      env: { LOG_LEVEL: 'silent', RESPONSE_CACHE: '0', BODY_LIMIT: '200kb' },
    });
  });
  afterAll(() => server.stop());

  test.each(Object.entries(CASES))('%s: a small answer that says what was wrong', async (_name, { body, code, message }) => {
    const answer = await answerOf(await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    expect(answer.errors[0]?.extensions?.code).toBe(code);
    if (typeof message === 'string') expect(answer.errors[0]?.message).toBe(message);
    else expect(answer.errors[0]?.message).toMatch(message);
    // The stack trace quotes the message as it does: cut the same way.
    expect(JSON.stringify(answer.errors[0]?.extensions?.stacktrace ?? []).length).toBeLessThan(3_000);
    expect(answer.length).toBeLessThan(5_000);
  });

  test('over GET, a long operation name in the URL is cut the same way', async () => {
    const url = `${server.url}?${new URLSearchParams({ query: '{ __typename }', operationName: 'z'.repeat(10_000) })}`;
    const answer = await answerOf(await fetch(url, { headers: { 'apollo-require-preflight': 'true' } }));
    expect(answer.errors[0]?.message).toBe(`Unknown operation named ${quoted('z', '10,000')}.`);
    expect(answer.length).toBeLessThan(5_000);
  });

  test('a refusal before GraphQL reads the body (a long Content-Type) is cut the same way', async () => {
    const type = `text/${'t'.repeat(8_000)}`;
    const answer = await answerOf(await fetch(server.url, { method: 'POST', headers: { 'content-type': type }, body: '{}' }));
    expect(answer.status).toBe(415);
    expect(answer.errors[0]?.message).toMatch(new RegExp(`\\(got ${escape(`"text/${'t'.repeat(QUOTED_CHARS - 5)}…" (8,005 characters)`)}\\)$`));
    expect(answer.length).toBeLessThan(1_000);
  });
});

describe('in production', () => {
  let server: ClientServer;
  beforeAll(async () => {
    server = await startServer(loadSeedRepository(), {
      production: true,
      http: { port: 0, corsOrigins: [] },
      env: { LOG_LEVEL: 'silent', RESPONSE_CACHE: '0', BODY_LIMIT: '200kb' },
    });
  });
  afterAll(() => server.stop());

  test('a variable of 3,000 unknown fields: graphql-js lists 50 of them, each quoting the value once, cut; the rest is a client error too', async () => {
    const filter = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`field${i}`, i]));
    const body = JSON.stringify({ query: 'query($f: PersonFilter) { people(filter: $f) { totalCount } }', variables: { f: filter } });
    const answer = await answerOf(await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
    expect(answer.status).toBe(200);
    expect(answer.errors[0]?.message).toMatch(
      /^Variable "\$f" got invalid value \{ field0: 0, .*… \([\d,]+ characters\); Field "field0" is not defined by type "PersonFilter"\.$/,
    );
    expect(new Set(answer.errors.map((error) => error.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(answer.errors.at(-1)?.message).toBe(
      'The variables have too many errors to list them all: send each variable with the type the operation declares for it.',
    );
    expect(answer.length).toBeLessThan(body.length / 2);
  });
});

describe.each<ServerKind>(['subgraph', 'gateway'])('the %s formats errors the same way', (kind) => {
  let apollo: ApolloServer<ReturnType<typeof createContext>>;
  beforeAll(async () => {
    apollo = createApolloServer({ schema: await buildClientSchema(), kind, production: true });
    await apollo.start();
  });
  afterAll(() => apollo.stop());

  test('an unknown field and a variable of the wrong type', async () => {
    for (const { body, message } of [CASES['an unknown field']!, CASES['a variable of the wrong type']!]) {
      const response = await apollo.executeOperation(body, { contextValue: createContext(loadSeedRepository()) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors?.[0]?.message).toBe(message);
    }
  });
});

describe('the rule itself', () => {
  test('bounding a bounded message changes nothing', () => {
    const messages = [
      `Variable "$f" got invalid value { ${Array.from({ length: 500 }, (_, i) => `k${i}: ${i}`).join(', ')} }; Field "k1" is not defined by type "PersonFilter".`,
      `Cannot query field "${x}" on type "Query".`,
      `${'word '.repeat(1_000)}and what was wrong`,
      `${x} ${x}`,
    ];
    for (const message of messages) {
      const bounded = boundClientText(message);
      expect(bounded.length).toBeLessThanOrEqual(1_000);
      expect(boundClientText(bounded)).toBe(bounded);
    }
    expect(boundClientText(messages[2]!)).toMatch(/ … \([\d,]+ characters left out\) … .*and what was wrong$/);
  });

  test('a quote never ends inside an escape sequence', () => {
    expect(quoteClientText(`${'a'.repeat(QUOTED_CHARS - 1)}"${'b'.repeat(100)}`)).toBe(`"${'a'.repeat(QUOTED_CHARS - 1)}…" (${QUOTED_CHARS + 100} characters)`);
    expect(quoteClientText(`${'a'.repeat(QUOTED_CHARS - 3)}\u0001${'b'.repeat(100)}`)).toBe(
      `"${'a'.repeat(QUOTED_CHARS - 3)}…" (${QUOTED_CHARS + 98} characters)`,
    );
  });
});
