/**
 * Each limit, set low through the environment of a real server: a query at the limit passes,
 * one over it is refused with HTTP 400, the limit's code, a message saying what was too large
 * and what to send instead, and `extensions.limit` / `extensions.found`.
 */
import { startServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';
import { type Answer, codesOf, errorWithCode, type LimitsServer, startLimitsServer } from './helpers/limits-server';

const SERVERS = {
  chars: { MAX_QUERY_CHARS: '40' },
  tokens: { MAX_TOKENS: '10' },
  depth: { MAX_DEPTH: '3' },
  aliases: { MAX_ALIASES: '2' },
  directives: { MAX_DIRECTIVES: '2' },
  cost: { MAX_COST: '100' },
  suggestions: { BLOCK_FIELD_SUGGESTIONS: '0' },
  defaults: {},
};
const servers = {} as Record<keyof typeof SERVERS, LimitsServer>;

beforeAll(async () => {
  await Promise.all(Object.entries(SERVERS).map(async ([name, env]) => (servers[name as keyof typeof SERVERS] = await startLimitsServer(env))));
});

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server?.stop()));
});

function expectAnswered(answer: Answer): void {
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(200);
}

/** The answer is a 400 whose only error has this code, message, limit and count. */
function expectRefused(answer: Answer, code: string, message: string, limit: number, found: number): void {
  expect(answer.status).toBe(400);
  expect(codesOf(answer)).toEqual([code]);
  const error = errorWithCode(answer, code);
  expect(error.message).toBe(message);
  expect(error.extensions).toMatchObject({ code, limit, found });
  expect(answer.body.data).toBeUndefined();
}

describe('MAX_QUERY_CHARS: the length of the query text, before parsing', () => {
  test('a query of 40 characters or fewer passes', async () => {
    expectAnswered(await servers.chars.post('{ sources { totalCount } }'.padEnd(40)));
  });

  test('a longer one is refused with QUERY_LENGTH_LIMIT_EXCEEDED', async () => {
    expectRefused(
      await servers.chars.post('{ sources { totalCount } }'.padEnd(41)),
      'QUERY_LENGTH_LIMIT_EXCEEDED',
      'The query text is 41 characters long; this API accepts at most 40. Send a shorter query: leave out comments and indentation, ask for fewer fields, or split it into several requests.',
      40,
      41,
    );
  });

  test('it is refused before parsing: a long text that is not even GraphQL gets the same refusal', async () => {
    const answer = await servers.chars.post(`{${' '.repeat(60)}!!`);
    expect(codesOf(answer)).toEqual(['QUERY_LENGTH_LIMIT_EXCEEDED']);
    expect(answer.status).toBe(400);
  });

  test('a GET query is measured the same way', async () => {
    const query = '{ sources { totalCount } }'.padEnd(41);
    const response = await fetch(`${servers.chars.server.url}?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'QUERY_LENGTH_LIMIT_EXCEEDED', limit: 40, found: 41 } }] });
  });
});

describe('MAX_TOKENS: the tokens of the query, before parsing', () => {
  test('10 tokens pass; comments, commas and whitespace are not tokens', async () => {
    expectAnswered(await servers.tokens.post('# how many articles and people?\n{ sources { totalCount }, people { totalCount } }'));
  });

  test('more are refused with TOKEN_LIMIT_EXCEEDED', async () => {
    expectRefused(
      await servers.tokens.post('{ sources { totalCount } people { totalCount } places { totalCount } }'),
      'TOKEN_LIMIT_EXCEEDED',
      'The query has 14 tokens (names, punctuation and values); this API accepts at most 10. Send a smaller query: ask for fewer fields, aliases and fragments, or split it into several requests.',
      10,
      14,
    );
  });

  test('it is refused before parsing: a long invalid document gets the same refusal, not a syntax error', async () => {
    const answer = await servers.tokens.post('{ a { b } } } } } } } } } }');
    expect(codesOf(answer)).toEqual(['TOKEN_LIMIT_EXCEEDED']);
  });
});

describe('MAX_DEPTH: how deep fields nest', () => {
  test('3 levels pass; fragments add no level', async () => {
    expectAnswered(await servers.depth.post('{ sources { nodes { ...S } } } fragment S on Source { ... on Source { id } }'));
  });

  test('4 levels are refused with DEPTH_LIMIT_EXCEEDED', async () => {
    expectRefused(
      await servers.depth.post('{ sources { nodes { people { name } } } }'),
      'DEPTH_LIMIT_EXCEEDED',
      'The query nests fields 4 levels deep; this API allows at most 3. Ask for fewer levels, and fetch what lies deeper with a second query by id (e.g. person(id:) or node(id:)).',
      3,
      4,
    );
  });
});

describe('MAX_ALIASES: the aliases of the operation, fragments included', () => {
  test('2 aliases pass, and aliases of __typename are free', async () => {
    expectAnswered(await servers.aliases.post('{ a: sources { totalCount } b: people { totalCount } t1: __typename t2: __typename t3: __typename }'));
  });

  test('3 are refused with ALIAS_LIMIT_EXCEEDED', async () => {
    expectRefused(
      await servers.aliases.post('{ a: sources { totalCount } ...F } fragment F on Query { b: people { totalCount } c: places { totalCount } }'),
      'ALIAS_LIMIT_EXCEEDED',
      'The query uses 3 aliases; this API allows at most 2. Use fewer aliases: ask a list field with a filter instead of one alias per item, or split the query into several requests.',
      2,
      3,
    );
  });
});

describe('MAX_DIRECTIVES: the directives of the operation', () => {
  test('2 directives pass', async () => {
    expectAnswered(await servers.directives.post('{ sources @include(if: true) { totalCount @skip(if: false) } }'));
  });

  test('3 are refused with DIRECTIVE_LIMIT_EXCEEDED', async () => {
    expectRefused(
      await servers.directives.post('{ sources @include(if: true) { totalCount @skip(if: false) } people @include(if: true) { totalCount } }'),
      'DIRECTIVE_LIMIT_EXCEEDED',
      'The query uses 3 directives; this API allows at most 2. Use fewer: leave out @include/@skip where the field is always wanted, or send separate queries.',
      2,
      3,
    );
  });
});

/**
 * The cost is the most objects the query can answer with on the seeds: a statement has at
 * most 2 evidence spans there, so `statements(first: n) { nodes { evidence { quote source { id } } } }`
 * can answer with 1 connection + n statements + 2n spans + 2n sources = 1 + 5n objects.
 */
const STATEMENT_PAGE = (first: string) => `{ statements${first} { nodes { evidence { quote source { id } } } } }`;
const COST_OF_20 =
  'The query can answer with up to 101 objects; this API allows at most 100. Every object in the answer counts once, and a list counts at most its `first` items, never more than the longest such list in the corpus: ask for smaller pages (a lower `first`, then page on with `after`), or fewer nested lists. Most of them would come from statements.nodes.evidence (up to 40), statements.nodes.evidence.source (up to 40) and statements.nodes (up to 20).';

describe('MAX_COST: the most objects the query can answer with', () => {
  test('a page of 19 statements with their evidence (96 objects) passes, and says what it cost', async () => {
    const answer = await servers.cost.post(STATEMENT_PAGE('(first: 19)'));
    expectAnswered(answer);
    expect(answer.body.extensions).toEqual({ cost: { requested: 96, limit: 100 } });
  });

  test('a page of 20 (101 objects) is refused with COST_LIMIT_EXCEEDED, naming the fields that cost the most', async () => {
    const answer = await servers.cost.post(STATEMENT_PAGE('(first: 20)'));
    expectRefused(answer, 'COST_LIMIT_EXCEEDED', COST_OF_20, 100, 101);
    expect(answer.body.errors![0]!.extensions!.fields).toEqual([
      { path: 'statements.nodes.evidence', objects: 40 },
      { path: 'statements.nodes.evidence.source', objects: 40 },
      { path: 'statements.nodes', objects: 20 },
    ]);
    expect(answer.body.extensions).toEqual({ cost: { requested: 101, limit: 100 } });
  });

  test('a list counts no more items than the longest such list of the corpus: 100 of its 22 people cost 23', async () => {
    const answer = await servers.cost.post('{ people(first: 100) { nodes { name } } }');
    expectAnswered(answer);
    expect(answer.body.extensions).toEqual({ cost: { requested: 23, limit: 100 } });
  });
});

describe('BLOCK_FIELD_SUGGESTIONS', () => {
  const TYPO = '{ peple { totalCount } }';

  test('on by default: an unknown field gets no "Did you mean …?" hint', async () => {
    const error = errorWithCode(await servers.defaults.post(TYPO), 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toBe('Cannot query field "peple" on type "Query". Check the name against the schema?');
  });

  test('BLOCK_FIELD_SUGGESTIONS=0 keeps the hint', async () => {
    const error = errorWithCode(await servers.suggestions.post(TYPO), 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/^Cannot query field "peple" on type "Query"\. Did you mean "people"/);
  });
});

describe('several limits at once', () => {
  test('every broken validation limit is reported, each with its code', async () => {
    const server = await startLimitsServer({ MAX_DEPTH: '2', MAX_ALIASES: '0' });
    try {
      const answer = await server.post('{ a: sources { nodes { id } } }');
      expect(answer.status).toBe(400);
      expect(codesOf(answer).sort()).toEqual(['ALIAS_LIMIT_EXCEEDED', 'DEPTH_LIMIT_EXCEEDED']);
    } finally {
      await server.stop();
    }
  });
});

describe('in production', () => {
  test('a refusal keeps its code, message and figures, without a stack trace', async () => {
    const server = await startLimitsServer({ MAX_DEPTH: '3' }, { production: true });
    try {
      const answer = await server.post('{ sources { nodes { people { name } } } }');
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([
        {
          message: expect.stringMatching(/^The query nests fields 4 levels deep; this API allows at most 3\./),
          extensions: { code: 'DEPTH_LIMIT_EXCEEDED', limit: 3, found: 4 },
        },
      ]);
      const long = await server.post(`{ sources { totalCount } }${' '.repeat(4000)}`);
      expect(long.status).toBe(400);
      expect(long.body.errors).toEqual([
        {
          message: expect.stringMatching(/^The query text is 4026 characters long/),
          extensions: { code: 'QUERY_LENGTH_LIMIT_EXCEEDED', limit: 3000, found: 4026 },
        },
      ]);
    } finally {
      await server.stop();
    }
  });
});

describe('a setting that is not a valid value stops the start with a clear error', () => {
  test.each([
    [{ MAX_DEPTH: 'deep' }, 'MAX_DEPTH must be a whole number from 1 up (got "deep"); leave it unset for 10'],
    [{ MAX_COST: '0' }, 'MAX_COST must be a whole number from 1 up (got "0"); leave it unset for 10000'],
    [{ BLOCK_FIELD_SUGGESTIONS: 'yes' }, 'BLOCK_FIELD_SUGGESTIONS must be 1 or 0 (got "yes")'],
  ])('%j', async (env, message) => {
    await expect(
      startServer(loadSeedRepository(), { production: false, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent', ...env } }),
    ).rejects.toThrow(message);
  });
});

describe('MAX_COST with page sizes given as variables, or left at the default', () => {
  const PAGE = 'query Page($size: Int = 20) { statements(first: $size) { nodes { evidence { quote source { id } } } } }';

  async function post(server: LimitsServer, query: string, variables: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(server.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  test('a variable counts as its value: 19 passes, 20 is refused as `first: 20` would be', async () => {
    expectAnswered(await post(servers.cost, PAGE, { size: 19 }));
    expectRefused(await post(servers.cost, PAGE, { size: 20 }), 'COST_LIMIT_EXCEEDED', COST_OF_20, 100, 101);
  });

  test("a variable that is not sent counts as the operation's default for it", async () => {
    expect(codesOf(await post(servers.cost, PAGE, {}))).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  test('the same operation is costed anew for each page size it is sent with', async () => {
    const SMALL_DEFAULT = 'query SmallPage($size: Int = 5) { statements(first: $size) { nodes { evidence { quote source { id } } } } }';
    expectAnswered(await post(servers.cost, SMALL_DEFAULT, {}));
    expect(codesOf(await post(servers.cost, SMALL_DEFAULT, { size: 20 }))).toEqual(['COST_LIMIT_EXCEEDED']);
    expectAnswered(await post(servers.cost, SMALL_DEFAULT, { size: 5 }));
    // null is not "not sent": the variable's default does not apply, the connection's (20) does.
    expect(codesOf(await post(servers.cost, SMALL_DEFAULT, { size: null }))).toEqual(['COST_LIMIT_EXCEEDED']);
    expectAnswered(await post(servers.cost, SMALL_DEFAULT, {}));
  });

  test('a connection without `first` costs a page of its default size (20), as `first: 20` would', async () => {
    expect(errorWithCode(await servers.cost.post(STATEMENT_PAGE('')), 'COST_LIMIT_EXCEEDED').extensions).toMatchObject({ found: 101 });
    expectAnswered(await servers.cost.post(STATEMENT_PAGE('(first: 19)')));
  });

  test("a plain list without `first` costs its longest list in the corpus (an organisation's 25 mentions), not its default of 100", async () => {
    const answer = await servers.cost.post('{ organisation(id: "organisation:osce") { mentions { quote start end } } }');
    expectAnswered(answer);
    expect(answer.body.extensions).toEqual({ cost: { requested: 26, limit: 100 } });
  });

  test('a value that is not a whole number is left to the argument validation', async () => {
    expect(codesOf(await post(servers.cost, PAGE, { size: 'many' }))).toEqual(['BAD_USER_INPUT']);
  });
});
