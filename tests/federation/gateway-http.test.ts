import { readFileSync } from 'node:fs';
import { startGateway } from '../../src/gateway/start-gateway';
import { SUPERGRAPH_SDL } from '../../src/paths';
import type { RunningServer } from '../../src/server/http/http-server';
import { createLogger } from '../../src/server/plugins/observability';
import { startSubgraph } from '../../src/server/servers/subgraph-server';
import { postJson } from '../helpers/http';
import { httpProtocolTests } from '../helpers/http-protocol';
import { loadSeedRepository } from '../helpers/seeds';

const SUPERGRAPH = readFileSync(SUPERGRAPH_SDL, 'utf8');
const SECRET = 'a-secret-the-gateway-shares';
const QUIET = { LOG_LEVEL: 'silent' };

/** A logger whose JSON lines a test reads. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

describe('the gateway follows the GraphQL over HTTP rules of `npm start` (issue 17)', () => {
  let subgraph: RunningServer;
  let gateway: RunningServer;
  beforeAll(async () => {
    subgraph = await startSubgraph(loadSeedRepository(), { production: false, subgraphSecret: SECRET, http: { port: 0 }, env: QUIET });
    gateway = await startGateway({
      supergraphSdl: SUPERGRAPH,
      production: false,
      subgraphSecret: SECRET,
      http: { port: 0, corsOrigins: [], bodyLimit: '2kb' },
      env: { ...QUIET, SUBGRAPH_URL_SECURITY_GRAPH: subgraph.url },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
  });

  httpProtocolTests(() => gateway);
});

describe('a production gateway (issue 17)', () => {
  let subgraph: RunningServer;
  beforeAll(async () => {
    subgraph = await startSubgraph(loadSeedRepository(), { production: true, subgraphSecret: SECRET, http: { port: 0 }, env: QUIET });
  });
  afterAll(() => subgraph?.stop());

  async function withGateway(env: Record<string, string>, run: (gateway: RunningServer, lines: Record<string, unknown>[]) => Promise<void>) {
    const { logger, lines } = capturedLogger();
    const gateway = await startGateway({ supergraphSdl: SUPERGRAPH, production: true, http: { port: 0 }, logger, env: { ...QUIET, ...env } });
    try {
      await run(gateway, lines);
    } finally {
      await gateway.stop();
    }
  }

  test('takes its body limit from BODY_LIMIT', async () => {
    await withGateway({ SUBGRAPH_URL_SECURITY_GRAPH: subgraph.url, SUBGRAPH_SECRET: SECRET, BODY_LIMIT: '1kb' }, async (gateway) => {
      const result = await postJson(gateway.url, { query: `{ __typename ${' '.repeat(2000)}}` });
      expect([result.status, result.body.errors?.[0]?.extensions?.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    });
  });

  test("keeps the client graph's HTTP timeouts, from the same settings", async () => {
    const timeouts = { HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '3000', KEEP_ALIVE_TIMEOUT_MS: '1000' };
    await withGateway({ SUBGRAPH_URL_SECURITY_GRAPH: subgraph.url, ...timeouts }, async (gateway) => {
      const { headersTimeout, requestTimeout, keepAliveTimeout } = gateway.httpServer;
      expect({ headersTimeout, requestTimeout, keepAliveTimeout }).toEqual({ headersTimeout: 2000, requestTimeout: 3000, keepAliveTimeout: 1000 });
    });
  });

  test('suggests no field names', async () => {
    await withGateway({ SUBGRAPH_URL_SECURITY_GRAPH: subgraph.url, SUBGRAPH_SECRET: SECRET }, async (gateway) => {
      const result = await postJson(gateway.url, { query: '{ person(id: "person:gyorgy-szabo") { nam } }' });
      expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    });
  });

  test("shows a client no subgraph's name, URL, status or body when the subgraph refuses it or is down; the log has them under the request id", async () => {
    const down = 'http://127.0.0.1:9/graphql';
    // Without the secret the subgraph answers 401; on port 9 nothing answers at all.
    for (const url of [subgraph.url, down]) {
      await withGateway({ SUBGRAPH_URL_SECURITY_GRAPH: url }, async (gateway, lines) => {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ person(id: "person:gyorgy-szabo") { name } }' }),
        });
        const requestId = response.headers.get('x-request-id')!;
        const text = await response.text();
        for (const internal of [url, new URL(url).host, 'security-graph', '401', 'Unauthorized', 'x-subgraph-secret', 'ECONNREFUSED', 'refused']) {
          expect({ url, internal, shown: text.includes(internal) }).toEqual({ url, internal, shown: false });
        }
        const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
        expect(body.errors[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', requestId } });
        expect(body.errors[0]!.message).toContain(`quote request id ${requestId}`);
        const logged = lines.find((line) => line.requestId === requestId && line.subgraph === 'security-graph');
        expect(logged).toEqual(expect.objectContaining({ msg: expect.stringMatching(/^a subgraph failed/) }));
      });
    }
  });
});
