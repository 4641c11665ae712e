import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { composeSupergraph } from '../../src/gateway/compose';
import { startGateway } from '../../src/gateway/start-gateway';
import type { RunningServer } from '../../src/server/http/http-server';
import { startSubgraph } from '../../src/server/servers/subgraph-server';
import { SUBGRAPH_SECRET_HEADER } from '../../src/server/http/refusals';
import { createLogger } from '../../src/server/plugins/observability';
import { countingRepository } from '../helpers/counting-repository';
import { loadSeedRepository } from '../helpers/seeds';
import { BRIEFING, startWatchlistSubgraph, WATCHLIST_SDL } from './watchlist-subgraph';

const SECRET = 'a-secret-the-gateway-shares';
const OUR_SDL = readFileSync(join(__dirname, '..', '..', 'schema', 'subgraph.graphql'), 'utf8');

interface GraphQLResponse {
  // The shape of `data` is each test's own query.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

/** What the gateways log at warn and above: a subgraph's failures, under the request id. */
const logged: Record<string, unknown>[] = [];

/** The federation stood up for real on loopback: our subgraph, a second team's, and the gateway. */
describe('a gateway composing this subgraph with another', () => {
  const counting = countingRepository(loadSeedRepository());
  let ours: RunningServer;
  let watchlist: { url: string; stop: () => Promise<void> };
  let gateway: RunningServer;

  beforeAll(async () => {
    ours = await startSubgraph(counting.repository, { production: false, subgraphSecret: SECRET, http: { port: 0 } });
    watchlist = await startWatchlistSubgraph();
    const composition = composeSupergraph([
      { name: 'security-graph', routingUrl: ours.url, sdl: OUR_SDL },
      { name: 'watchlist', routingUrl: watchlist.url, sdl: WATCHLIST_SDL },
    ]);
    if ('errors' in composition) throw new Error(composition.errors.join('\n'));
    gateway = await startGateway({
      supergraphSdl: composition.supergraphSdl,
      production: false,
      http: { port: 0, corsOrigins: [] },
      subgraphSecret: SECRET,
      subgraphTimeoutMs: 2000,
      logger: createLogger({ level: 'warn' }, { write: (line: string) => logged.push(JSON.parse(line) as Record<string, unknown>) }),
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await ours?.stop();
    await watchlist?.stop().catch(() => undefined);
  });

  test("answers a query that starts in our subgraph and adds the other's fields", async () => {
    const { body } = await post(
      gateway.url,
      '{ person(id: "person:gyorgy-szabo") { name watchNote affiliations { organisation { name } } } organisation(id: "organisation:osce") { aliases watchLevel } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.person).toEqual({
      name: 'György Szabó',
      watchNote: 'Spoke for the OSCE in Astana.',
      affiliations: [{ organisation: { name: 'OSCE Programme Office in Astana' } }],
    });
    expect(body.data.organisation).toEqual({ aliases: expect.arrayContaining(['OSCE']), watchLevel: 3 });
  });

  test("resolves the other subgraph's references to our people and events in one batch per type", async () => {
    counting.reset();
    const { body } = await post(
      gateway.url,
      '{ briefing { title people { id name watchNote statements(first: 1) { totalCount } } events { name startDate { iso } location } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.briefing.people.map((p: { name: string }) => p.name)).toEqual([
      'Nurtai Abykayev',
      'György Szabó',
      'António Guterres',
      'Federica Mogherini',
    ]);
    expect(body.data.briefing.people[0].statements.totalCount).toBeGreaterThan(0);
    expect(body.data.briefing.events).toEqual([
      { name: 'OSCE Summit in Astana', startDate: expect.objectContaining({ iso: '2010-12' }), location: 'Astana' },
      expect.objectContaining({ name: expect.stringMatching(/Tashkent/) }),
    ]);
    // Four people and two events came as representations: one lookup call per type.
    expect(counting.calls()).toMatchObject({ peopleByIds: 1, eventsByIds: 1, statementsBySpeaker: 1 });
    expect(counting.keys()).toMatchObject({ peopleByIds: BRIEFING.people.length, eventsByIds: BRIEFING.events.length });
  });

  test('our subgraph refuses callers without the shared secret', async () => {
    const refused = await post(ours.url, '{ _service { sdl } }');
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(refused.body.errors?.[0]?.message).toContain(SUBGRAPH_SECRET_HEADER);

    const allowed = await post(ours.url, '{ _service { sdl } }', { [SUBGRAPH_SECRET_HEADER]: SECRET });
    expect(allowed.status).toBe(200);
    expect(allowed.body.data._service.sdl).toContain('type Person');
  });

  test('a subgraph that is down gives the client a clear error, and the rest of the answer; the log names the subgraph and why (issue 17)', async () => {
    await watchlist.stop();
    const { body } = await post(gateway.url, '{ person(id: "person:yerlan-karin") { name watchNote } }');
    expect(body.data.person).toEqual({ name: 'Yerlan Karin', watchNote: null });
    const requestId = body.errors?.[0]?.extensions?.requestId;
    expect(body.errors?.[0]).toMatchObject({
      message: `A service behind the gateway did not answer this part of the query. Try again shortly; if it keeps failing, quote request id ${requestId} to the operators.`,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', requestId: expect.any(String) },
    });
    expect(logged).toContainEqual(
      expect.objectContaining({
        requestId,
        subgraph: 'watchlist',
        msg: 'a subgraph failed: The watchlist subgraph is unavailable: connection refused. Try again shortly.',
      }),
    );
  });
});

describe('a gateway whose subgraph never answers', () => {
  let silent: Server;
  let gateway: RunningServer;

  beforeAll(async () => {
    // Accepts connections and never responds: the gateway must not hang with it.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, resolve));
    const url = `http://localhost:${(silent.address() as AddressInfo).port}/graphql`;
    const composition = composeSupergraph([{ name: 'security-graph', routingUrl: url, sdl: OUR_SDL }]);
    if ('errors' in composition) throw new Error(composition.errors.join('\n'));
    gateway = await startGateway({
      supergraphSdl: composition.supergraphSdl,
      production: false,
      http: { port: 0, corsOrigins: [] },
      subgraphTimeoutMs: 300,
      logger: createLogger({ level: 'warn' }, { write: (line: string) => logged.push(JSON.parse(line) as Record<string, unknown>) }),
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  test('answers with a timeout error; the log names the subgraph (issue 17)', async () => {
    const { body } = await post(gateway.url, '{ person(id: "person:yerlan-karin") { name } }');
    const requestId = body.errors?.[0]?.extensions?.requestId;
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', requestId: expect.any(String) } });
    expect(body.errors?.[0]?.message).not.toContain('security-graph');
    expect(logged).toContainEqual(
      expect.objectContaining({
        requestId,
        subgraph: 'security-graph',
        msg: 'a subgraph failed: The security-graph subgraph is unavailable: no answer within 300 ms. Try again shortly.',
      }),
    );
  });
});
