import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../../src/gateway/start-gateway';
import { SUPERGRAPH_SDL } from '../../src/paths';
import type { RunningServer } from '../../src/server/http/http-server';
import { startServer } from '../../src/server/servers/graph-server';
import { startSubgraph, type SubgraphServer } from '../../src/server/servers/subgraph-server';
import { loadSeedRepository } from '../helpers/seeds';

/** The committed supergraph, routing to http://localhost:4001/graphql as written. */
const COMMITTED_SUPERGRAPH = readFileSync(SUPERGRAPH_SDL, 'utf8');
const SECRET = 'a-secret-the-gateway-shares';
const QUIET = { LOG_LEVEL: 'silent' };

const portOf = (server: RunningServer) => (server.httpServer.address() as AddressInfo).port;

async function post(url: string, query: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: { person?: { name: string } }; errors?: { message: string }[] } };
}

describe('the routing URL, overridden when the gateway starts (issue 17)', () => {
  const repository = loadSeedRepository();
  let subgraph: RunningServer;

  beforeAll(async () => {
    subgraph = await startSubgraph(repository, { production: false, subgraphSecret: SECRET, http: { port: 0 }, env: QUIET });
  });
  afterAll(() => subgraph?.stop());

  test("SUBGRAPH_URL_SECURITY_GRAPH sends the committed supergraph's queries to a subgraph on another port", async () => {
    expect(portOf(subgraph)).not.toBe(4001);
    const gateway = await startGateway({
      supergraphSdl: COMMITTED_SUPERGRAPH,
      production: false,
      http: { port: 0, corsOrigins: [] },
      subgraphSecret: SECRET,
      env: { ...QUIET, SUBGRAPH_URL_SECURITY_GRAPH: subgraph.url },
    });
    try {
      const { body } = await post(gateway.url, '{ person(id: "person:gyorgy-szabo") { name } }');
      expect(body.data).toEqual({ person: { name: 'György Szabó' } });
    } finally {
      await gateway.stop();
    }
  });

  test('a variable that names no subgraph, or a value that is no URL, stops the start naming the right variable', async () => {
    const start = (env: Record<string, string>) =>
      startGateway({ supergraphSdl: COMMITTED_SUPERGRAPH, production: false, http: { port: 0 }, env: { ...QUIET, ...env } });
    await expect(start({ SUBGRAPH_URL_SECURITYGRAPH: subgraph.url })).rejects.toThrow(
      /SUBGRAPH_URL_SECURITYGRAPH names no subgraph of the supergraph; its subgraphs' variables are SUBGRAPH_URL_SECURITY_GRAPH/,
    );
    await expect(start({ SUBGRAPH_URL_SECURITY_GRAPH: 'localhost:4002' })).rejects.toThrow(/SUBGRAPH_URL_SECURITY_GRAPH must be the URL the gateway calls/);
  });
});

describe('a port in use, and HOST (issue 17)', () => {
  const repository = loadSeedRepository();

  test('each server, started on a port in use, says to set PORT rather than failing with a bare EADDRINUSE', async () => {
    const first = await startSubgraph(repository, { production: false, http: { port: 0 }, env: QUIET });
    const port = portOf(first);
    try {
      const inUse = new RegExp(`port ${port}: another process is using it \\(EADDRINUSE\\)\\. Set PORT to a free port`);
      await expect(startSubgraph(repository, { production: false, http: { port }, env: QUIET })).rejects.toThrow(inUse);
      await expect(startServer(repository, { production: false, http: { port }, env: QUIET })).rejects.toThrow(inUse);
      await expect(startGateway({ supergraphSdl: COMMITTED_SUPERGRAPH, production: false, http: { port }, env: QUIET })).rejects.toThrow(inUse);
    } finally {
      await first.stop();
    }
  });

  test('HOST chooses the interface every server listens on', async () => {
    const env = { ...QUIET, HOST: '127.0.0.1', PORT: '0' };
    const servers = [
      await startSubgraph(repository, { production: false, env }),
      await startServer(repository, { production: false, env }),
      await startGateway({ supergraphSdl: COMMITTED_SUPERGRAPH, production: false, env }),
    ];
    try {
      for (const server of servers) {
        expect((server.httpServer.address() as AddressInfo).address).toBe('127.0.0.1');
        expect(server.url).toBe(`http://127.0.0.1:${portOf(server)}/graphql`);
      }
    } finally {
      for (const server of servers) await server.stop();
    }
  });

  test('in production, a subgraph without SUBGRAPH_SECRET refuses to start unless it listens on loopback only', async () => {
    const production = { ...QUIET, NODE_ENV: 'production', PORT: '0' };
    await expect(startSubgraph(repository, { env: production })).rejects.toThrow(
      /will not start in production \(NODE_ENV=production\) without SUBGRAPH_SECRET.*set HOST=127\.0\.0\.1 to listen on loopback only/,
    );
    await expect(startSubgraph(repository, { env: { ...production, HOST: '0.0.0.0' } })).rejects.toThrow(/\(HOST is "0\.0\.0\.0"\)/);
    const onLoopback = await startSubgraph(repository, { env: { ...production, HOST: '127.0.0.1' } });
    const withSecret = await startSubgraph(repository, { env: { ...production, SUBGRAPH_SECRET: SECRET } });
    try {
      const refused = await fetch(withSecret.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ _service { sdl } }"}',
      });
      expect(refused.status).toBe(401);
      const answered = await fetch(onLoopback.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ person(id: \\"person:gyorgy-szabo\\") { name } }"}',
      });
      expect(await answered.json()).toEqual({ data: { person: { name: 'György Szabó' } } });
    } finally {
      await onLoopback.stop();
      await withSecret.stop();
    }
  });
});

describe("the subgraph's own protections (issue 17)", () => {
  const repository = loadSeedRepository();
  const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { name } } }';
  /** A router's `_entities` request for `count` people: about 50 bytes a representation. */
  const entitiesRequest = (count: number) =>
    JSON.stringify({ query: ENTITIES, variables: { r: Array.from({ length: count }, () => ({ __typename: 'Person', id: 'person:gyorgy-szabo' })) } });

  async function withSubgraph(env: Record<string, string>, run: (subgraph: SubgraphServer) => Promise<void>) {
    const subgraph = await startSubgraph(repository, { subgraphSecret: SECRET, env: { ...QUIET, PORT: '0', ...env } });
    try {
      await run(subgraph);
    } finally {
      await subgraph.stop();
    }
  }

  const postEntities = (subgraph: SubgraphServer, body: string) =>
    fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-subgraph-secret': SECRET }, body });

  test("takes its body limit from SUBGRAPH_BODY_LIMIT (1mb by default), not the public API's BODY_LIMIT", async () => {
    const body = entitiesRequest(5_000);
    expect(body.length).toBeGreaterThan(200 * 1024);
    await withSubgraph({ BODY_LIMIT: '100kb' }, async (subgraph) => {
      const answer = (await (await postEntities(subgraph, body)).json()) as { data: { _entities: { name: string }[] } };
      expect(answer.data._entities).toHaveLength(5_000);
      expect(answer.data._entities[4_999]).toEqual({ name: 'György Szabó' });
    });
    await withSubgraph({ SUBGRAPH_BODY_LIMIT: '100kb' }, async (subgraph) => {
      const refused = await postEntities(subgraph, body);
      expect([refused.status, ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code]).toEqual([
        413,
        'PAYLOAD_TOO_LARGE',
      ]);
    });
  }, 30_000);

  test("keeps the client graph's HTTP timeouts, from the same settings", async () => {
    await withSubgraph({ HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '3000', KEEP_ALIVE_TIMEOUT_MS: '1000' }, async (subgraph) => {
      const { headersTimeout, requestTimeout, keepAliveTimeout } = subgraph.httpServer;
      expect({ headersTimeout, requestTimeout, keepAliveTimeout }).toEqual({ headersTimeout: 2000, requestTimeout: 3000, keepAliveTimeout: 1000 });
    });
  });

  test("a representation without its key is the client's mistake, named", async () => {
    const keyless = JSON.stringify({ query: ENTITIES, variables: { r: [{ __typename: 'Person' }] } });
    await withSubgraph({ NODE_ENV: 'production' }, async (subgraph) => {
      const answer = (await (await postEntities(subgraph, keyless)).json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors.map((error) => [error.extensions.code, error.message])).toEqual([
        ['BAD_USER_INPUT', 'Each Person representation needs its key "id" as a string (got no id); send { "__typename": "Person", "id": "…" }.'],
      ]);
    });
  });

  test('masks an unexpected error in production: the request id, no message, no stack', async () => {
    // A representation of a type the schema lacks: @apollo/subgraph's _entities resolver throws a plain Error.
    const unknownType = JSON.stringify({ query: ENTITIES, variables: { r: [{ __typename: 'Spaceship', id: 'x' }] } });
    type Answer = { errors: { message: string; extensions: Record<string, unknown> }[] };
    await withSubgraph({ NODE_ENV: 'development' }, async (subgraph) => {
      const shown = (await (await postEntities(subgraph, unknownType)).json()) as Answer;
      expect(shown.errors[0]!.message).toMatch(/tried to load an entity for type "Spaceship"/);
    });
    await withSubgraph({ NODE_ENV: 'production' }, async (subgraph) => {
      const response = await postEntities(subgraph, unknownType);
      const requestId = response.headers.get('x-request-id')!;
      const masked = (await response.json()) as Answer;
      expect(masked.errors[0]).toEqual(
        expect.objectContaining({
          message: expect.stringContaining(`quote request id ${requestId}`),
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        }),
      );
      expect(JSON.stringify(masked)).not.toMatch(/Spaceship|stacktrace|node_modules/);
    });
  });

  test('serves /metrics, on METRICS_PORT alone when it is set', async () => {
    await withSubgraph({}, async (subgraph) => {
      await postEntities(subgraph, entitiesRequest(2));
      const text = await (await fetch(new URL('/metrics', subgraph.url))).text();
      expect(text).toContain('graphql_requests_total{operation="anonymous",outcome="success"} 1');
    });
    await withSubgraph({ METRICS_PORT: '0' }, async (subgraph) => {
      expect((await fetch(new URL('/metrics', subgraph.url))).status).toBe(404);
      expect(new URL(subgraph.metricsUrl!).port).not.toBe(new URL(subgraph.url).port);
      expect(await (await fetch(subgraph.metricsUrl!)).text()).toContain('graphql_requests_total');
    });
  });
});
