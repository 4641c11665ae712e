/**
 * The response cache answers only what was asked (issue 18): its key is the body's bytes
 * together with their declared charset (two UTF-16 bodies that decode to different names got
 * one cached answer when the key read them as UTF-8); every cacheable answer says
 * `Vary: Accept, Origin`; each representation has its own ETag; If-None-Match compares weakly.
 */
import type { ClientServer } from '../../src/server/servers/graph-server';
import { startServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';

const PREFLIGHT = { 'apollo-require-preflight': 'true' };
let server: ClientServer;
beforeAll(async () => {
  server = await startServer(loadSeedRepository(), { production: true, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent' } });
});
afterAll(() => server.stop());

async function postUtf16(name: string) {
  const body = Buffer.from(JSON.stringify({ query: `{ people(filter: { name: "${name}" }) { nodes { id } } }` }), 'utf16le');
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-16le' }, body });
  return { cache: response.headers.get('x-cache'), body: (await response.json()) as { data: { people: { nodes: { id: string }[] } } } };
}

test('UTF-16 bodies for "Szabó" and "Szabú" get their own answers: György Szabó, then no one', async () => {
  const szabo = await postUtf16('Szabó');
  expect(szabo.body.data.people.nodes).toEqual([{ id: 'person:gyorgy-szabo' }]);
  const szabu = await postUtf16('Szabú');
  expect(szabu.cache).toBe('MISS');
  expect(szabu.body.data).toEqual({ people: { nodes: [] } });
  expect(await postUtf16('Szabó')).toEqual({ cache: 'HIT', body: szabo.body });
});

test('every cacheable answer, miss and hit, GET and POST, says Vary: Accept, Origin', async () => {
  const get = `${server.url}?query=${encodeURIComponent('{ places(first: 2) { nodes { id } } }')}`;
  const post = () =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ places(first: 3) { nodes { id } } }' }),
    });
  const answers = [await fetch(get, { headers: PREFLIGHT }), await fetch(get, { headers: PREFLIGHT }), await post(), await post()];
  expect(answers.map((answer) => [answer.headers.get('x-cache'), answer.headers.get('vary')])).toEqual([
    ['MISS', 'Accept, Origin'],
    ['HIT', 'Accept, Origin'],
    ['MISS', 'Accept, Origin'],
    ['HIT', 'Accept, Origin'],
  ]);
});

test('the same GET as application/json and as application/graphql-response+json: two ETags, one per representation', async () => {
  const get = `${server.url}?query=${encodeURIComponent('{ places(first: 4) { nodes { id } } }')}`;
  const tagOf = async (accept: string) => {
    await fetch(get, { headers: { ...PREFLIGHT, accept } });
    const hit = await fetch(get, { headers: { ...PREFLIGHT, accept } });
    return { type: hit.headers.get('content-type'), etag: hit.headers.get('etag') };
  };
  const json = await tagOf('application/json');
  const graphql = await tagOf('application/graphql-response+json');
  expect(json.type).toMatch(/^application\/json/);
  expect(graphql.type).toMatch(/^application\/graphql-response\+json/);
  expect(json.etag).toMatch(/^"[\w-]+"$/);
  expect(graphql.etag).not.toBe(json.etag);
});

test('If-None-Match compares weakly: W/"tag", a list that names it, and * all get 304; another tag gets the answer', async () => {
  const get = `${server.url}?query=${encodeURIComponent('{ places(first: 5) { nodes { id } } }')}`;
  await fetch(get, { headers: PREFLIGHT });
  const etag = (await fetch(get, { headers: PREFLIGHT })).headers.get('etag')!;
  const statusFor = async (ifNoneMatch: string) => (await fetch(get, { headers: { ...PREFLIGHT, 'if-none-match': ifNoneMatch } })).status;
  expect(await statusFor(`W/${etag}`)).toBe(304);
  expect(await statusFor(`"other", ${etag}`)).toBe(304);
  expect(await statusFor('*')).toBe(304);
  expect(await statusFor('"other"')).toBe(200);
});
