/**
 * The HTTP surface, on real servers listening on loopback ports: /graphql over POST and GET,
 * CSRF prevention, /health, the landing pages, production hardening and CORS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusRepository } from '../../src/repository';
import type { RunningServer } from '../../src/server/http/http-server';
import { startServer } from '../../src/server/servers/graph-server';
import { loadSeedCorpus } from '../helpers/seeds';

const ALLOWED_ORIGIN = 'https://allowed.example';
const OTHER_ORIGIN = 'https://elsewhere.example';
const PERSON_STATEMENTS = readFileSync(join(__dirname, '..', '..', 'schema', 'operations', 'PersonStatements.graphql'), 'utf8');
const SZABO_NAME = '{ person(id: "person:gyorgy-szabo") { name } }';

let development: RunningServer;
let production: RunningServer;

beforeAll(async () => {
  const repository = new CorpusRepository(loadSeedCorpus());
  development = await startServer(repository, { production: false, http: { port: 0, corsOrigins: [ALLOWED_ORIGIN] } });
  production = await startServer(repository, { production: true, http: { port: 0, corsOrigins: [ALLOWED_ORIGIN] } });
  // The servers listen at once and open the API when ready.
  await Promise.all([development, production].map((server) => ('ready' in server ? server.ready : undefined)));
});

afterAll(async () => {
  await Promise.all([development?.stop(), production?.stop()]);
});

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; stacktrace?: string[] } }[];
}

function post(server: RunningServer, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
}

function get(server: RunningServer, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers });
}

describe('/graphql', () => {
  test('answers a query POSTed as JSON', async () => {
    const response = await post(development, SZABO_NAME);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ data: { person: { name: 'György Szabó' } }, extensions: { cost: { requested: 1, limit: 10_000 } } });
  });

  test('answers a query sent by GET with the apollo-require-preflight header', async () => {
    const response = await get(development, SZABO_NAME, { 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { person: { name: 'György Szabó' } }, extensions: { cost: { requested: 1, limit: 10_000 } } });
  });

  test('refuses a GET without a preflight header: CSRF prevention', async () => {
    const response = await get(development, SZABO_NAME);
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLBody;
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toMatch(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/);
  });

  test.each(['mutation', 'subscription'])('refuses a %s over GET', async (operation) => {
    const response = await get(development, `${operation} { person(id: "person:gyorgy-szabo") { name } }`, { 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors?.[0]?.message).toBe(`GET requests only support query operations, not ${operation} operations`);
  });
});

test('/health answers 200 {status: "ok"}', async () => {
  const response = await fetch(development.url.replace(/\/graphql$/, '/health'));
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok' });
});

describe('landing page', () => {
  test('in development: Apollo Sandbox, embedded, opening the PersonStatements example', async () => {
    const response = await fetch(development.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<div id="embeddableSandbox"></div>');
    expect(html).toMatch(/<script [^>]*src="https:\/\/embeddable-sandbox\.cdn\.apollographql\.com\/[^"]*embeddable-sandbox\.umd\.production\.min\.js/);
    expect(html).toContain('query PersonStatements($id: ID! = \\"person:gyorgy-szabo\\")');
    const config = /var embeddedSandboxConfig = (\{.*?\});\s*new window\.EmbeddedSandbox/s.exec(html);
    expect(config).not.toBeNull();
    const { initialState } = JSON.parse(config![1]!) as { initialState: { document: string; variables: Record<string, unknown> } };
    expect(initialState).toEqual({ document: PERSON_STATEMENTS, variables: { id: 'person:gyorgy-szabo' } });
    // Where Sandbox cannot load (offline), the page links to the service's own explorer (issue 16).
    expect(html).toContain('<a href="/explorer" id="offline-explorer">');
  });

  test('in production: the production landing page, with no Sandbox and no example operation', async () => {
    const response = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('embeddableSandbox');
    expect(html).not.toContain('PersonStatements');
    const landingPage = /window\.landingPage = "([^"]*)";/.exec(html);
    expect(JSON.parse(decodeURIComponent(landingPage![1]!))).toEqual({ isProd: true, footer: false });
    expect(html).toContain('<a href="/explorer" id="offline-explorer">');
  });
});

describe('production', () => {
  const TOO_MANY = '{ people(first: 500) { totalCount } }';

  test('errors carry no stack trace (development ones do)', async () => {
    const inProduction = (await (await post(production, TOO_MANY)).json()) as GraphQLBody;
    const inDevelopment = (await (await post(development, TOO_MANY)).json()) as GraphQLBody;
    for (const body of [inProduction, inDevelopment]) {
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/^people: first must be at most 100 \(got 500\)/);
    }
    expect(inProduction.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    expect(inDevelopment.errors?.[0]?.extensions?.stacktrace?.[0]).toMatch(/^GraphQLError: people: first must be at most 100/);
  });

  test('introspection is refused (development allows it)', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    const refused = await post(production, introspection);
    // A request error under application/json is 200 (GraphQL over HTTP); see tests/server/http-spec.
    expect(refused.status).toBe(200);
    const body = (await refused.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/^GraphQL introspection is not allowed/);
    expect(await (await post(development, introspection)).json()).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
      extensions: { cost: { requested: 0, limit: 10_000 } },
    });
  });

  test("an unknown enum value is refused without listing the schema's values", async () => {
    const query = '{ organisations(filter: { kind: PLANET }) { totalCount } }';
    const inProduction = (await (await post(production, query)).json()) as GraphQLBody;
    const inDevelopment = (await (await post(development, query)).json()) as GraphQLBody;
    expect(inProduction.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Value "PLANET" does not exist in "OrganisationKind" enum.'],
    ]);
    expect(inDevelopment.errors?.[0]?.message).toContain('Send one of: STATE, INTERGOVERNMENTAL');
  });
});

describe('CORS', () => {
  test('an allowed origin is echoed in Access-Control-Allow-Origin, on preflight and on the request', async () => {
    const preflight = await fetch(development.url, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const response = await post(development, SZABO_NAME, { origin: ALLOWED_ORIGIN });
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(await response.json()).toEqual({ data: { person: { name: 'György Szabó' } }, extensions: { cost: { requested: 1, limit: 10_000 } } });
  });

  test('another origin gets no Access-Control-Allow-Origin', async () => {
    const preflight = await fetch(development.url, {
      method: 'OPTIONS',
      headers: { origin: OTHER_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const response = await post(development, SZABO_NAME, { origin: OTHER_ORIGIN });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
