/**
 * Requests built to hurt a GraphQL server, each with the status a well-defended server
 * refuses it with. `npm run soak` fires them under load; the property tests
 * (tests/property) send them among their generated requests.
 */

export interface AbusePayload {
  /** A short name for reports, e.g. "deep-cycle". */
  readonly name: string;
  readonly method: 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The 4xx the server must refuse it with. */
  readonly expectedStatus: number;
}

/** A client that wants request errors as 4xx (GraphQL over HTTP's own media type). */
const GRAPHQL_JSON = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

/** person → affiliations → organisation → members → person → …: four levels a turn. */
function deepCycleQuery(turns: number): string {
  const open = 'affiliations { organisation { members { person { '.repeat(turns);
  return `{ person(id: "person:gyorgy-szabo") { ${open}name ${'} } } } '.repeat(turns)}} }`;
}

/** The same list under many aliases: small enough to parse, refused by the alias limit. */
function aliasBombQuery(aliases: number): string {
  return `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: sources { totalCount }`).join(' ')} }`;
}

function directiveFloodQuery(directives: number): string {
  return `{ __typename ${'@include(if: true) '.repeat(directives)}}`;
}

const query = (text: string) => JSON.stringify({ query: text });

export const ABUSE_PAYLOADS: readonly AbusePayload[] = [
  { name: 'deep-cycle', method: 'POST', headers: GRAPHQL_JSON, body: query(deepCycleQuery(10)), expectedStatus: 400 },
  { name: 'alias-bomb', method: 'POST', headers: GRAPHQL_JSON, body: query(aliasBombQuery(40)), expectedStatus: 400 },
  { name: 'thousand-directives', method: 'POST', headers: GRAPHQL_JSON, body: query(directiveFloodQuery(1000)), expectedStatus: 400 },
  {
    name: 'megabyte-of-whitespace',
    method: 'POST',
    headers: GRAPHQL_JSON,
    body: query(`{ __typename${' '.repeat(1024 * 1024)}}`),
    expectedStatus: 413,
  },
  { name: 'malformed-json', method: 'POST', headers: GRAPHQL_JSON, body: '{"query": "{ sources { totalCount } }"', expectedStatus: 400 },
  {
    name: 'wrong-content-type',
    method: 'POST',
    headers: { 'content-type': 'text/plain', accept: 'application/graphql-response+json' },
    body: '{ sources { totalCount } }',
    expectedStatus: 415,
  },
];
