/**
 * The pages' HTTP surface, without a browser (tests/pages/ drive one): each page and asset under
 * the strict CSP, the explorer's tabs with their variables' defaults, assets gzipped with an ETag,
 * an unknown asset a 404 that says how to build them; and EXPLORER=1 opening introspection in
 * production for the explorer's docs.
 */
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CorpusRepository } from '../../src/repository';
import { readServerConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/http/http-server';
import { exampleTabs, PAGE_CSP } from '../../src/server/http/pages';
import { startServer } from '../../src/server/servers/graph-server';
import { loadSeedCorpus } from '../helpers/seeds';

const OPERATIONS = readdirSync(join(__dirname, '..', '..', 'schema', 'operations')).filter((file) => file.endsWith('.graphql'));

let production: RunningServer;
let explorer: RunningServer;
const origin = (server: RunningServer) => new URL(server.url).origin;

beforeAll(async () => {
  const repository = new CorpusRepository(loadSeedCorpus());
  [production, explorer] = await Promise.all([
    startServer(repository, { production: true, http: { port: 0 } }),
    startServer(repository, { env: { NODE_ENV: 'production', EXPLORER: '1' }, http: { port: 0 } }),
  ]);
});

afterAll(async () => {
  await Promise.all([production?.stop(), explorer?.stop()]);
});

test.each(['/explorer', '/graph?actor=person:yerlan-karin', '/source?id=source:kazakhstan-hosts-conference-on-security-cooperation'])(
  '%s: an HTML page under the strict CSP, whose scripts and styles are all on this service',
  async (path) => {
    const response = await fetch(`${origin(production)}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(PAGE_CSP);
    const html = await response.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((match) => match[1]!)
      .filter((url) => !url.startsWith('data:') && url.startsWith('/assets/'));
    expect(assets.length).toBeGreaterThanOrEqual(2);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    for (const asset of assets) expect((await fetch(`${origin(production)}${asset}`)).status).toBe(200);
  },
);

test("the explorer's tabs: every example operation, with its variables' defaults as JSON", () => {
  const tabs = exampleTabs();
  expect(tabs).toHaveLength(OPERATIONS.length);
  const person = tabs.find((tab) => tab.query.includes('query PersonStatements'))!;
  expect(JSON.parse(person.variables)).toEqual({ id: 'person:gyorgy-szabo' });
  const search = tabs.find((tab) => tab.query.includes('query Search'))!;
  expect(JSON.parse(search.variables)).toEqual({ text: 'Abykyev', first: 5 });
});

test('an asset is gzipped for a browser that accepts it, with an ETag that answers 304', async () => {
  const url = `${origin(production)}/assets/source.js`;
  const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  const body = Buffer.from(await plain.arrayBuffer());
  const etag = plain.headers.get('etag')!;
  expect(etag).toMatch(/^"[\w-]+"$/);

  // fetch would unzip it: node:http shows the bytes as sent.
  const gzipped = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
  expect(gzipped.encoding).toBe('gzip');
  expect(gunzipSync(gzipped.bytes).equals(body)).toBe(true);

  expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
});

test('an unknown asset is a 404 that says where the assets come from', async () => {
  const response = await fetch(`${origin(production)}/assets/nothing.js`);
  expect(response.status).toBe(404);
  expect(await response.text()).toMatch(/^No asset nothing\.js: the pages' assets are built by `npm run build` into /);
});

test('EXPLORER=1 answers introspection in production (for the docs); without it, production refuses it', async () => {
  expect(readServerConfig({ NODE_ENV: 'production', EXPLORER: '1' }).explorer).toBe(true);
  const introspect = (server: RunningServer) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    }).then((response) => response.json() as Promise<{ data?: unknown; errors?: { message: string }[] }>);
  expect((await introspect(explorer)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  expect((await introspect(production)).errors?.[0]?.message).toMatch(/^GraphQL introspection is not allowed/);
});
