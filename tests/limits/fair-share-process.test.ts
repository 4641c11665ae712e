/**
 * Fair shares in the built server, run as production runs it (its own process, with its own
 * event loop), seen through /metrics: beside another client, a client that keeps sending
 * uncached requests comes to wait for its share; alone, it never waits; cached answers never
 * enter the shares at all.
 */
import { type ServerProcess, startServerProcess } from '../../src/process/server-process';

/**
 * A share of 5 %: 50 ms of uncached work at once, then 50 ms a second. A request over it waits
 * 20 times what it went over by: long enough to count, short enough for a test.
 */
const ENV = { NODE_ENV: 'production', FAIR_SHARE_PERCENT: '5', DRAIN_GRACE_MS: '0' };
/** Far more requests than a 50 ms allowance can hold: each takes a millisecond or more of the server's time. */
const MAX_REQUESTS = 300;

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

let sent = 0;
/** Three searches, new each time (a comment makes them so: no cache answers them). */
const searches = () =>
  `{ a: search(text: "Karin security") { score snippet } b: search(text: "co-operation Kazakhstan") { score } c: search(text: "Astana") { score } } # ${++sent}`;
const CACHED = '{ sources { totalCount } }';

async function post(url: string, key: string, query: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
    body: JSON.stringify({ query }),
  });
  await response.text();
  return response.status;
}

/** graphql_fair_share_admissions_total by outcome. */
async function admissions(url: string): Promise<Record<string, number>> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  return Object.fromEntries([...text.matchAll(/^graphql_fair_share_admissions_total\{outcome="(\w+)"\} (\d+)$/gm)].map((m) => [m[1]!, Number(m[2])]));
}

test('beside another client, a client sending uncached requests one after another comes to wait for its share; cached answers are not counted', async () => {
  server = await startServerProcess({ env: ENV });
  let heavy = 0;
  let counted: Record<string, number> = {};
  while (heavy < MAX_REQUESTS && !counted.waited) {
    expect(await post(server.url, 'reader', CACHED)).toBe(200); // another client, served from the cache after its first
    expect(await post(server.url, 'heavy', searches())).toBe(200);
    heavy++;
    counted = await admissions(server.url);
  }
  expect(counted.waited).toBe(1);
  // Every heavy request, and the reader's first (a cache miss); none of its cached answers.
  expect((counted.ran ?? 0) + counted.waited!).toBe(heavy + 1);
  expect(counted.refused ?? 0).toBe(0);
}, 60_000);

test('a client alone never waits, however much it sends', async () => {
  server = await startServerProcess({ env: ENV });
  for (let i = 0; i < 60; i++) expect(await post(server.url, 'alone', searches())).toBe(200);
  expect(await admissions(server.url)).toEqual({ ran: 60 });
}, 60_000);
