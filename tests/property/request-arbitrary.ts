/**
 * HTTP requests for the property tests: generated operations sent the ways clients send
 * them (POST or GET, with various Accept headers), and broken requests — bodies that are
 * not JSON, JSON of the wrong shape, batches, deep nesting, unknown document ids, odd
 * persisted-query extensions, wrong content types and methods — and the soak's abuse payloads.
 */
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { ABUSE_PAYLOADS } from '../../src/cli/soak/abuse-payloads';
import type { GeneratedOperation } from './operation-arbitrary';

export interface HttpRequest {
  /** Which generator made it, for failure reports. */
  readonly label: string;
  readonly method: string;
  /** The query string of the URL, with its "?", or "". */
  readonly search: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

/** Requests print short in fast-check's counterexamples: huge bodies are cut. */
function httpRequest(fields: HttpRequest): HttpRequest {
  const cut = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text);
  return Object.defineProperty({ ...fields }, fc.toStringMethod, {
    enumerable: false,
    value: () => {
      const body =
        fields.body instanceof Uint8Array ? `<${fields.body.length} bytes: ${Buffer.from(fields.body.slice(0, 40)).toString('hex')}…>` : cut(fields.body ?? '');
      return `${fields.label}: ${fields.method} ${cut(fields.search)} ${JSON.stringify(fields.headers)} ${body}`;
    },
  });
}

const JSON_TYPE = 'application/json';

/** Accept headers of real clients; each leads to 200 or a 4xx. */
const ACCEPTS = [undefined, JSON_TYPE, 'application/graphql-response+json', '*/*', 'application/graphql-response+json, application/json;q=0.9'];

/** An operation as a JSON POST, the common case. */
export function postRequest(label: string, operation: GeneratedOperation, accept?: string): HttpRequest {
  return httpRequest({
    label,
    method: 'POST',
    search: '',
    headers: { 'content-type': JSON_TYPE, ...(accept ? { accept } : {}) },
    body: JSON.stringify(operation),
  });
}

/** An operation as a GET, with the header Apollo's CSRF prevention asks of GETs (or without it). */
function getRequest(label: string, operation: GeneratedOperation, accept: string | undefined, preflight: boolean): HttpRequest {
  const params = new URLSearchParams({ query: operation.query });
  if (operation.variables) params.set('variables', JSON.stringify(operation.variables));
  if (operation.operationName) params.set('operationName', operation.operationName);
  const headers = { ...(preflight ? { 'apollo-require-preflight': 'true' } : {}), ...(accept ? { accept } : {}) };
  return httpRequest({ label, method: 'GET', search: `?${params}`, headers });
}

/**
 * The longest URL a generated GET has. Node's HTTP parser refuses headers over 16 KB with a
 * bare 431 before the app sees them (pinned in random-operations.test.ts), so GETs stay under.
 */
export const MAX_GET_URL_CHARS = 12_000;

/** Operations sent as clients send them: POST mostly, GET sometimes, with any of the usual Accept headers. */
export function operationRequestArbitrary(label: string, operations: fc.Arbitrary<GeneratedOperation>): fc.Arbitrary<HttpRequest> {
  const accept = fc.constantFrom(...ACCEPTS);
  const get = fc
    .tuple(operations, accept, fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }))
    .map(([operation, a, preflight]) => getRequest(`${label} (GET)`, operation, a, preflight))
    .filter((request) => request.search.length <= MAX_GET_URL_CHARS);
  return fc.oneof(
    { arbitrary: fc.tuple(operations, accept).map(([operation, a]) => postRequest(label, operation, a)), weight: 5 },
    { arbitrary: get, weight: 1 },
  );
}

/** The soak's abuse payloads, as they are. */
export function abuseRequestArbitrary(): fc.Arbitrary<HttpRequest> {
  return fc
    .constantFrom(...ABUSE_PAYLOADS)
    .map((payload) => httpRequest({ label: `abuse: ${payload.name}`, method: payload.method, search: '', headers: payload.headers, body: payload.body }));
}

// ---------------------------------------------------------------------------------------------
// Broken requests

const post = (label: string, body: string | Uint8Array, headers: Record<string, string> = { 'content-type': JSON_TYPE }) =>
  httpRequest({ label, method: 'POST', search: '', headers, body });

/** Any JSON value, and a few that servers trip on. */
function oddJson(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(null, '', 0, -1, true, [], {}, '{ __typename }', ['{ __typename }'], { query: '{ __typename }' }, '__proto__'),
  );
}

/** Bodies that are not JSON: random text, random bytes (not UTF-8), and cut JSON. */
function nonJsonBodies(operations: fc.Arbitrary<GeneratedOperation>): fc.Arbitrary<HttpRequest> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 100 }).map((text) => post('random text body', text)),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => post('random bytes body', bytes)),
    fc.tuple(operations, fc.nat()).map(([operation, n]) => {
      const json = JSON.stringify(operation);
      return post('truncated JSON body', json.slice(0, n % json.length));
    }),
  );
}

/** JSON of the wrong shape: odd values for query, variables, operationName, extensions; bare values; batches. */
function wrongShapes(operations: fc.Arbitrary<GeneratedOperation>): fc.Arbitrary<HttpRequest> {
  const query = fc.oneof(
    operations.map((operation) => operation.query),
    oddJson(),
  );
  const fields = fc.record({ query, variables: oddJson(), operationName: oddJson(), extensions: oddJson(), documentId: oddJson() }, { requiredKeys: [] });
  return fc.oneof(
    fields.map((body) => post('body with odd fields', JSON.stringify(body))),
    oddJson().map((body) => post('bare JSON value', JSON.stringify(body) ?? 'null')),
    fc.array(fc.oneof(operations, oddJson()), { maxLength: 5 }).map((batch) => post('batch', JSON.stringify(batch))),
  );
}

/** Deeply nested JSON, as the body or as one of its fields: up to 40,000 levels of arrays, 16,000 of objects (under 100 kB). */
function deepNesting(): fc.Arbitrary<HttpRequest> {
  const levels = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 40_000 }));
  return fc.tuple(fc.boolean(), levels, fc.constantFrom('body', 'query', 'variables', 'extensions')).map(([arrays, depth, where]) => {
    const nested = arrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(Math.min(depth, 16_000))}1${'}'.repeat(Math.min(depth, 16_000))}`;
    const body = where === 'body' ? nested : where === 'query' ? `{"query":${nested}}` : `{"query":"{ __typename }",${JSON.stringify(where)}:${nested}}`;
    return post(`${arrays ? 'arrays' : 'objects'} nested ${depth} deep in ${where}`, body);
  });
}

/** Persisted documents: ids from the manifest and made up ones, and Apollo's persisted-query extension, right and wrong. */
function documentIds(manifestIds: readonly string[]): fc.Arbitrary<HttpRequest> {
  const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
  const documentId = fc.oneof(
    fc.constantFrom(...manifestIds),
    hex.map((h) => `sha256:${h}`),
    fc.string({ maxLength: 20 }),
    oddJson(),
  );
  const persistedQuery = fc.record(
    {
      version: fc.constantFrom(1, 1, 1, 2, '1', null),
      sha256Hash: fc.oneof(fc.constantFrom(...manifestIds.map((id) => id.slice('sha256:'.length))), hex, oddJson()),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    documentId.map((id) => post('documentId', JSON.stringify({ documentId: id }))),
    fc
      .tuple(persistedQuery, fc.option(fc.constantFrom('{ __typename }', '{ people { totalCount } }'), { nil: undefined }))
      .map(([pq, query]) => post('persisted-query extension', JSON.stringify({ query, extensions: { persistedQuery: pq } }))),
  );
}

/** A good body with the wrong (or an odd but right) content type, encoding or method. */
function wrongEnvelopes(operations: fc.Arbitrary<GeneratedOperation>): fc.Arbitrary<HttpRequest> {
  const contentType = fc.constantFrom(
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/graphql',
    'application/json; charset=latin1',
    'application/json; charset=utf-16',
    'APPLICATION/JSON',
    'application/json;charset=utf-8',
    'application/graphql-response+json',
    'application/jsonx',
  );
  return fc.oneof(
    fc.tuple(operations, contentType).map(([operation, type]) => post(`content type ${type}`, JSON.stringify(operation), { 'content-type': type })),
    operations.map((operation) => post('no content type', JSON.stringify(operation), {})),
    operations.map((operation) => post('gzipped body', gzipSync(JSON.stringify(operation)), { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' })),
    fc
      .tuple(operations, fc.constantFrom('identity', 'bogus', 'gzip, identity'))
      .map(([operation, encoding]) =>
        post(`content encoding ${encoding}`, JSON.stringify(operation), { 'content-type': JSON_TYPE, 'content-encoding': encoding }),
      ),
    fc
      .tuple(operations, fc.constantFrom('PUT', 'PATCH', 'DELETE'))
      .map(([operation, method]) =>
        httpRequest({ label: method, method, search: '', headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(operation) }),
      ),
    fc
      .tuple(operations, fc.constantFrom('text/csv', 'text/html', 'application/xml'))
      .map(([operation, accept]) => postRequest(`accept ${accept}`, operation, accept)),
  );
}

/** GETs with random parameters (repeated, odd, undecodable). */
function oddGets(): fc.Arbitrary<HttpRequest> {
  const key = fc.constantFrom('query', 'variables', 'operationName', 'extensions', 'documentId', 'query[a]', '');
  const value = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    oddJson().map((json) => JSON.stringify(json) ?? ''),
    fc.constant('{ __typename }'),
  );
  return fc.tuple(fc.array(fc.tuple(key, value), { maxLength: 4 }), fc.boolean(), fc.boolean()).map(([pairs, preflight, mangle]) => {
    const search = `?${new URLSearchParams(pairs)}${mangle ? '&query=%E0%A4%A' : ''}`;
    return httpRequest({ label: 'GET with odd parameters', method: 'GET', search, headers: preflight ? { 'apollo-require-preflight': 'true' } : {} });
  });
}

/** Every kind of broken request, equally often. */
export function brokenRequestArbitrary(operations: fc.Arbitrary<GeneratedOperation>, manifestIds: readonly string[]): fc.Arbitrary<HttpRequest> {
  return fc.oneof(
    nonJsonBodies(operations),
    wrongShapes(operations),
    deepNesting(),
    documentIds(manifestIds),
    wrongEnvelopes(operations),
    oddGets(),
    abuseRequestArbitrary(),
  );
}
