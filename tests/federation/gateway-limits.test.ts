import { readFileSync } from 'node:fs';
import { startGateway } from '../../src/gateway/start-gateway';
import { SUPERGRAPH_SDL } from '../../src/paths';
import type { RunningServer } from '../../src/server/http/http-server';
import { startServer } from '../../src/server/servers/graph-server';
import { startSubgraph } from '../../src/server/servers/subgraph-server';
import { postJson } from '../helpers/http';
import { loadSeedRepository } from '../helpers/seeds';

const SECRET = 'a-secret-the-gateway-shares';
const QUIET = { LOG_LEVEL: 'silent' };

/** Queries `npm start` refuses with its default limits, and the code each gets. */
const ABUSES = [
  // 14 levels: an organisation, 12 parents up, its name.
  {
    name: 'a 14-level query',
    code: 'DEPTH_LIMIT_EXCEEDED',
    query: `{ organisation(id: "organisation:osce") { ${'parent { '.repeat(12)}name${' }'.repeat(12)} } }`,
  },
  { name: '40 aliases', code: 'ALIAS_LIMIT_EXCEEDED', query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: sources { totalCount }`).join(' ')} }` },
  {
    name: 'a costly query within the depth limit',
    code: 'COST_LIMIT_EXCEEDED',
    query: `{ events(first: 100) { nodes { participants { actor { ... on Organisation { events(first: 100) { nodes {
      participants { actor { ... on Organisation { name } } } } } } } } } } }`,
  },
  { name: 'a query over the token limit', code: 'TOKEN_LIMIT_EXCEEDED', query: `{ ${Array.from({ length: 260 }, () => '__typename').join(' ')} }` },
];

describe('the gateway refuses what `npm start` refuses, with the same codes (issue 17)', () => {
  const repository = loadSeedRepository();
  let graph: RunningServer;
  let subgraph: RunningServer;
  let gateway: RunningServer;
  beforeAll(async () => {
    graph = await startServer(repository, { production: true, http: { port: 0 }, env: QUIET });
    subgraph = await startSubgraph(repository, { production: true, subgraphSecret: SECRET, http: { port: 0 }, env: QUIET });
    gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_SDL, 'utf8'),
      production: true,
      subgraphSecret: SECRET,
      http: { port: 0 },
      env: { ...QUIET, SUBGRAPH_URL_SECURITY_GRAPH: subgraph.url },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
    await graph?.stop();
  });

  test.each(ABUSES)('$name: $code', async ({ query, code }) => {
    const byGraph = await postJson(graph.url, { query }, { accept: 'application/graphql-response+json' });
    const byGateway = await postJson(gateway.url, { query }, { accept: 'application/graphql-response+json' });
    expect([byGraph.status, byGraph.body.errors?.map((e) => e.extensions?.code)]).toEqual([400, [code]]);
    expect([byGateway.status, byGateway.body.errors?.map((e) => e.extensions?.code)]).toEqual([400, [code]]);
    expect(byGateway.body.data).toBeUndefined();
    expect(byGateway.body.errors?.[0]?.message).toBe(byGraph.body.errors?.[0]?.message);
    // A refusal names nothing behind the gateway.
    const text = JSON.stringify(byGateway.body);
    for (const internal of ['security-graph', subgraph.url, new URL(subgraph.url).host])
      expect({ internal, shown: text.includes(internal) }).toEqual({ internal, shown: false });
  });

  test('a query within the limits is answered the same through the gateway', async () => {
    const query = '{ organisation(id: "organisation:osce") { name parent { name } } sources { totalCount } }';
    const byGraph = await postJson(graph.url, { query });
    const byGateway = await postJson(gateway.url, { query });
    expect(byGraph.body.errors).toBeUndefined();
    expect(byGateway.body).toEqual(byGraph.body);
  });
});
