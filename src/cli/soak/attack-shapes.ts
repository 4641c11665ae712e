import { TEXT_FILTER_MAX } from '../../graphql/inputs/text-filter';
import { type Environment, readSetting } from '../../server/config/settings';

/**
 * The abusive shapes of issue 18, each as large as the server's limits allow, and one step
 * past them: `npm run soak -- --attack` sends them from its attacker connections beside
 * normal traffic. Every request is new (words misspelt anew, new ids, new operations), so no
 * cache answers it. The limits are read as the server reads them, from the same environment.
 */
export interface AttackShape {
  /** A short name for reports, e.g. "fuzzy-search". */
  readonly name: string;
  /** The right answer, for the report: "200 + data", "400 ID_TOO_LONG". */
  readonly expectation: string;
  /** The body of the shape's `n`th request. */
  body(n: number): string;
  isExpected(status: number, body: string): boolean;
}

export interface AttackLimits {
  readonly maxSearches: number;
  readonly maxSearchTerms: number;
  readonly maxIdLength: number;
  readonly maxBatchSize: number;
  /** How many runs make graphql-jit compile an operation (JIT_COMPILE_AFTER; null: never). */
  readonly compileAfter: number | null;
  /** The header that names a client (COST_BUDGET_KEY_HEADER), lower case. */
  readonly keyHeader: string;
}

export function attackLimits(env: Environment): AttackLimits {
  return {
    maxSearches: readSetting(env, 'MAX_SEARCHES'),
    maxSearchTerms: readSetting(env, 'MAX_SEARCH_TERMS'),
    maxIdLength: readSetting(env, 'MAX_ID_LENGTH'),
    maxBatchSize: readSetting(env, 'MAX_BATCH_SIZE'),
    compileAfter: readSetting(env, 'JIT_COMPILE_AFTER'),
    keyHeader: readSetting(env, 'COST_BUDGET_KEY_HEADER').toLowerCase(),
  };
}

/** Long words of the corpus's vocabulary (fuzzy matching is dearest for long terms near real ones). */
const LONG_WORDS = [
  'counterterrorism',
  'internationalisation',
  'intergovernmental',
  'humanitarianassistance',
  'parliamentarians',
  'transboundary',
  'counterextremism',
  'organisations',
  'representatives',
  'afghanistan',
];

/** `terms` long words, each misspelt by request `n` (a letter doubled at a place of n's choosing), within TEXT_FILTER_MAX characters. */
export function misspeltWords(terms: number, n: number): string {
  const width = Math.floor((TEXT_FILTER_MAX + 1) / terms) - 1;
  return Array.from({ length: terms }, (_, i) => {
    const word = LONG_WORDS[(n + i) % LONG_WORDS.length]!.slice(0, width - 1);
    const at = 1 + ((n * 7 + i * 3) % (word.length - 1));
    return word.slice(0, at) + word[at - 1] + word.slice(at);
  }).join(' ');
}

function searchesQuery(searches: number, terms: number, n: number): string {
  const fields = Array.from(
    { length: searches },
    (_, i) => `s${i}: search(text: ${JSON.stringify(misspeltWords(terms, n * searches + i))}, first: 10) { score snippet }`,
  );
  return `{ ${fields.join(' ')} }`;
}

/** A string of `length` characters, different for each `n`. */
const distinctId = (length: number, n: number) => `person:${n.toString(36)}-`.padEnd(length, 'x');

const GRAPHQL_JSON = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
/**
 * The attackers' headers: they come as one client, as one address would on a network (on
 * loopback every connection has the same address), by an API key of their own.
 */
export function attackHeaders(limits: AttackLimits): Readonly<Record<string, string>> {
  return { ...GRAPHQL_JSON, [limits.keyHeader]: 'soak-attacker' };
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

const hasData = (answer: unknown) =>
  answer !== null &&
  typeof answer === 'object' &&
  (answer as { errors?: unknown }).errors === undefined &&
  typeof (answer as { data?: unknown }).data === 'object' &&
  (answer as { data?: unknown }).data !== null;

const refusedWith = (code: string) => (answer: unknown) => {
  const errors = (answer as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((error) => error?.extensions?.code === code);
};

function answered(expectation: string, status: number, check: (answer: unknown) => boolean) {
  return { expectation, isExpected: (got: number, body: string) => got === status && check(parse(body)) };
}

/** The shapes, in the order each attacker connection sends them, round after round. */
export function attackShapes(limits: AttackLimits): AttackShape[] {
  const { maxSearches, maxSearchTerms, maxIdLength, maxBatchSize, compileAfter } = limits;
  const searchBody = (n: number) => JSON.stringify({ query: searchesQuery(maxSearches, maxSearchTerms, n) });
  // A new operation every `repeats` requests, each with new variables: the response cache
  // never hits, and each operation runs often enough to be compiled by graphql-jit.
  const repeats = (compileAfter ?? 0) + 1;
  const distinctOperation = (n: number) => {
    const op = Math.floor(n / repeats);
    const query = `query Op${op}($id: ID!) { a${op}: person(id: $id) { id name statements(first: ${1 + (op % 10)}) { totalCount nodes { text } } } }`;
    return JSON.stringify({ query, variables: { id: distinctId(40, n) } });
  };
  return [
    { name: 'fuzzy-search', ...answered('200 + data', 200, hasData), body: searchBody },
    {
      name: 'fuzzy-search, a search too many',
      ...answered('400 SEARCH_LIMIT_EXCEEDED', 400, refusedWith('SEARCH_LIMIT_EXCEEDED')),
      body: (n) => JSON.stringify({ query: searchesQuery(maxSearches + 1, maxSearchTerms, n) }),
    },
    {
      name: 'fuzzy-search, a term too many',
      ...answered('400 SEARCH_TERMS_LIMIT_EXCEEDED', 400, refusedWith('SEARCH_TERMS_LIMIT_EXCEEDED')),
      body: (n) => JSON.stringify({ query: searchesQuery(1, maxSearchTerms + 1, n) }),
    },
    {
      name: 'long-id',
      ...answered('200 + data', 200, hasData),
      body: (n) => JSON.stringify({ query: 'query LongId($id: ID!) { person(id: $id) { id name } }', variables: { id: distinctId(maxIdLength, n) } }),
    },
    {
      name: 'long-id, too long',
      ...answered('400 ID_TOO_LONG', 400, refusedWith('ID_TOO_LONG')),
      // 90,000 characters: past MAX_ID_LENGTH, within the default BODY_LIMIT (100 kB).
      body: (n) => JSON.stringify({ query: 'query LongId($id: ID!) { person(id: $id) { id name } }', variables: { id: distinctId(90_000, n) } }),
    },
    { name: 'distinct-operation', ...answered('200 + data', 200, hasData), body: distinctOperation },
    {
      name: 'batch',
      ...answered(`200 + ${maxBatchSize} × data`, 200, (answer) => Array.isArray(answer) && answer.length === maxBatchSize && answer.every(hasData)),
      body: (n) => `[${Array.from({ length: maxBatchSize }, (_, i) => searchBody(n * maxBatchSize + i)).join(',')}]`,
    },
    {
      name: 'batch, too long',
      ...answered('400 BATCH_LIMIT_EXCEEDED', 400, refusedWith('BATCH_LIMIT_EXCEEDED')),
      body: (n) => `[${Array.from({ length: maxBatchSize + 1 }, (_, i) => searchBody(n * (maxBatchSize + 1) + i)).join(',')}]`,
    },
  ];
}
