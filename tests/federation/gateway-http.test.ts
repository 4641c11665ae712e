import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { type GatewayServer, startGateway } from '../../src/gateway/start-gateway';
import { SUPERGRAPH_SDL } from '../../src/paths';
import type { RunningServer } from '../../src/server/http/http-server';
import { createLogger } from '../../src/server/plugins/observability';
import { startServer } from '../../src/server/servers/graph-server';
import { startSubgraph } from '../../src/server/servers/subgraph-server';
import { DEFAULT_MANIFEST } from '../../src/server/config';
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
        // Searched without the request id, a random hex string that may hold "401" by chance.
        const shownText = text.split(requestId).join('');
        for (const internal of [url, new URL(url).host, 'security-graph', '401', 'Unauthorized', 'x-subgraph-secret', 'ECONNREFUSED', 'refused']) {
          expect({ url, internal, shown: shownText.includes(internal) }).toEqual({ url, internal, shown: false });
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

const MANIFEST = JSON.parse(readFileSync(DEFAULT_MANIFEST, 'utf8')) as Record<string, string>;
const PERSON_STATEMENTS = Object.keys(MANIFEST).find((id) => MANIFEST[id]!.startsWith('query PersonStatements'))!;
const PERSON_QUERY = '{ person(id: "person:gyorgy-szabo") { name } }';

/** What of the federation's internals a client must never see: the subgraph's name, URL and address. */
function internalsOf(subgraphUrl: string): string[] {
  return ['security-graph', 'security_graph', subgraphUrl, new URL(subgraphUrl).host, SECRET];
}

describe("the gateway's own protections: /metrics, trusted documents, batches and the response cache (issue 17)", () => {
  const repository = loadSeedRepository();
  let subgraph: RunningServer;
  let graph: RunningServer;
  beforeAll(async () => {
    subgraph = await startSubgraph(repository, { production: true, subgraphSecret: SECRET, http: { port: 0 }, env: QUIET });
    graph = await startServer(repository, { production: true, http: { port: 0 }, env: QUIET });
  });
  afterAll(async () => {
    await graph?.stop();
    await subgraph?.stop();
  });

  async function withGateway(env: Record<string, string>, run: (gateway: GatewayServer) => Promise<void>, subgraphUrl = subgraph.url) {
    const gateway = await startGateway({
      supergraphSdl: SUPERGRAPH,
      production: true,
      http: { port: 0 },
      fanOuts: repository.fanOuts,
      env: { ...QUIET, SUBGRAPH_URL_SECURITY_GRAPH: subgraphUrl, SUBGRAPH_SECRET: SECRET, ...env },
    });
    try {
      await run(gateway);
    } finally {
      await gateway.stop();
    }
  }

  test('serves /metrics counting its operations and refusals, naming no subgraph, URL or address', async () => {
    const down = 'http://127.0.0.1:9/graphql';
    for (const subgraphUrl of [subgraph.url, down]) {
      await withGateway(
        {},
        async (gateway) => {
          await postJson(gateway.url, { query: MANIFEST[PERSON_STATEMENTS], operationName: 'PersonStatements' });
          await postJson(gateway.url, { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: sources { totalCount }`).join(' ')} }` });
          const response = await fetch(new URL('/metrics', gateway.url));
          const text = await response.text();
          expect(response.status).toBe(200);
          const outcome = subgraphUrl === down ? 'unavailable' : 'success';
          expect(text).toContain(`graphql_requests_total{operation="PersonStatements",outcome="${outcome}"} 1`);
          expect(text).toMatch(/graphql_errors_total\{operation="anonymous",code="ALIAS_LIMIT_EXCEEDED"\} 1/);
          if (subgraphUrl === down) expect(text).toContain('graphql_errors_total{operation="PersonStatements",code="SUBGRAPH_UNAVAILABLE"} 1');
          for (const internal of internalsOf(subgraphUrl)) expect({ internal, shown: text.includes(internal) }).toEqual({ internal, shown: false });
        },
        subgraphUrl,
      );
    }
  }, 30_000);

  test('with METRICS_PORT, serves /metrics there only, and a port in use names METRICS_PORT', async () => {
    await withGateway({ METRICS_PORT: '0' }, async (gateway) => {
      expect((await fetch(new URL('/metrics', gateway.url))).status).toBe(404);
      expect(new URL(gateway.metricsUrl!).port).not.toBe(new URL(gateway.url).port);
      expect(await (await fetch(gateway.metricsUrl!)).text()).toContain('graphql_requests_total');
      const taken = new URL(gateway.metricsUrl!).port;
      await expect(startGateway({ supergraphSdl: SUPERGRAPH, production: true, http: { port: 0 }, env: { ...QUIET, METRICS_PORT: taken } })).rejects.toThrow(
        `port ${taken}: another process is using it (EADDRINUSE). Set METRICS_PORT to a free port`,
      );
    });
  }, 30_000);

  test('runs every persisted document by its documentId, answering as `npm start` does', async () => {
    await withGateway({}, async (gateway) => {
      for (const documentId of Object.keys(MANIFEST)) {
        const byGraph = await postJson(graph.url, { documentId });
        const byGateway = await postJson(gateway.url, { documentId });
        expect(byGateway.body.errors).toBeUndefined();
        expect({ documentId, body: byGateway.body.data }).toEqual({ documentId, body: byGraph.body.data });
      }
      const unknown = await postJson(gateway.url, { documentId: `sha256:${'0'.repeat(64)}` });
      expect([unknown.status, unknown.body.errors?.[0]?.extensions?.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    });
  }, 30_000);

  test('with TRUSTED_DOCUMENTS_ONLY, runs the manifest and refuses any other operation, saying what to send', async () => {
    await withGateway({ TRUSTED_DOCUMENTS_ONLY: '1' }, async (gateway) => {
      const byId = await postJson(gateway.url, { documentId: PERSON_STATEMENTS });
      expect(byId.body.data.person.name).toBe('György Szabó');
      const other = await postJson(gateway.url, { query: PERSON_QUERY });
      expect([other.status, other.body.errors?.[0]?.extensions?.code]).toEqual([400, 'OPERATION_NOT_TRUSTED']);
      expect(other.body.errors?.[0]?.message).toContain('documentId');
    });
  }, 30_000);

  test('refuses a batch larger than MAX_BATCH_SIZE', async () => {
    await withGateway({ HTTP_BATCHING: '1', MAX_BATCH_SIZE: '2' }, async (gateway) => {
      const within = await postJson(gateway.url, [{ query: PERSON_QUERY }, { query: PERSON_QUERY }]);
      expect((within.body as unknown as { data: unknown }[]).map((answer) => answer.data)).toEqual([
        { person: { name: 'György Szabó' } },
        { person: { name: 'György Szabó' } },
      ]);
      const over = await postJson(gateway.url, [{ query: PERSON_QUERY }, { query: PERSON_QUERY }, { query: PERSON_QUERY }]);
      expect([over.status, over.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BATCH_LIMIT_EXCEEDED']);
    });
  }, 30_000);

  test('answers a repeated request from the response cache, and counts it in /metrics', async () => {
    await withGateway({}, async (gateway) => {
      const first = await postJson(gateway.url, { query: PERSON_QUERY });
      const second = await postJson(gateway.url, { query: PERSON_QUERY });
      expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
      expect(second.body).toEqual(first.body);
      expect(second.body.data).toEqual({ person: { name: 'György Szabó' } });
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
      const metrics = await (await fetch(new URL('/metrics', gateway.url))).text();
      expect(metrics).toContain('graphql_response_cache_total{result="hit"} 1');
    });
    await withGateway({ RESPONSE_CACHE: '0' }, async (gateway) => {
      await postJson(gateway.url, { query: PERSON_QUERY });
      expect((await postJson(gateway.url, { query: PERSON_QUERY })).headers.get('x-cache')).toBeNull();
    });
  }, 30_000);

  test("never keeps a subgraph's failure, and keeps an answer no longer than CACHE_MAX_AGE_SECONDS", async () => {
    await withGateway(
      {},
      async (gateway) => {
        const answers = [await postJson(gateway.url, { query: PERSON_QUERY }), await postJson(gateway.url, { query: PERSON_QUERY })];
        expect(answers.map((answer) => [answer.headers.get('x-cache'), answer.body.errors?.[0]?.extensions?.code])).toEqual([
          ['MISS', 'SUBGRAPH_UNAVAILABLE'],
          ['MISS', 'SUBGRAPH_UNAVAILABLE'],
        ]);
      },
      'http://127.0.0.1:9/graphql',
    );
    await withGateway({ CACHE_MAX_AGE_SECONDS: '1' }, async (gateway) => {
      await postJson(gateway.url, { query: PERSON_QUERY });
      expect((await postJson(gateway.url, { query: PERSON_QUERY })).headers.get('x-cache')).toBe('HIT');
      await sleep(1_100);
      expect((await postJson(gateway.url, { query: PERSON_QUERY })).headers.get('x-cache')).toBe('MISS');
    });
    await withGateway({ CACHE_MAX_AGE_SECONDS: '0' }, async (gateway) => {
      await postJson(gateway.url, { query: PERSON_QUERY });
      expect((await postJson(gateway.url, { query: PERSON_QUERY })).headers.get('x-cache')).toBeNull();
    });
  }, 30_000);
});
