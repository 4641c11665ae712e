import type { ClientServer } from '../../src/server/servers/graph-server';
import { startServer } from '../../src/server/servers/graph-server';
import { countingRepository } from '../helpers/counting-repository';
import { getJson, postJson } from '../helpers/http';
import { loadSeedRepository } from '../helpers/seeds';

const PERSON = { query: 'query Person($id: ID!) { person(id: $id) { name aliases } }', variables: { id: 'person:nurtai-abykayev' } };
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

async function metric(server: ClientServer, name: string): Promise<number> {
  const text = await (await fetch(server.url.replace(/graphql$/, 'metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(name));
  return line ? Number(line.slice(name.length).trim()) : 0;
}

describe('the response cache', () => {
  const counting = countingRepository(loadSeedRepository());
  let server: ClientServer;
  beforeAll(async () => {
    server = await startServer(counting.repository, { production: true, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent' } });
  });
  afterAll(() => server.stop());

  test('answers a repeated request with the same bytes, without touching the repository', async () => {
    const first = await postJson(server.url, PERSON);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(first.body.data.person).toEqual({ name: 'Nurtai Abykayev', aliases: ['Abykyev', 'Nurtai Abykaev', 'Nurtay Abykayev', 'Abykaev'] });

    counting.reset();
    const second = await postJson(server.url, PERSON);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(counting.calls()).toEqual({});
    expect(await metric(server, 'graphql_response_cache_total{result="hit"}')).toBeGreaterThanOrEqual(1);
  });

  test('keys by everything that changes the answer: variables and the negotiated media type', async () => {
    const other = await postJson(server.url, { ...PERSON, variables: { id: 'person:yerlan-karin' } });
    expect(other.headers.get('x-cache')).toBe('MISS');
    expect(other.body.data.person.name).toBe('Yerlan Karin');

    const modern = await postJson(server.url, PERSON, { accept: 'application/graphql-response+json' });
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const again = await postJson(server.url, PERSON, { accept: 'application/graphql-response+json' });
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  test('GET answers carry Cache-Control and ETag, and If-None-Match gets 304', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ organisation(id: "organisation:osce") { aliases } }')}`;
    const first = await getJson(url, PREFLIGHT);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const hit = await getJson(url, PREFLIGHT);
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(hit.headers.get('etag')).toBe(etag);

    const notModified = await fetch(url, { headers: { ...PREFLIGHT, 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
  });

  test('never lets a GET past CSRF prevention, cached or not', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ organisation(id: "organisation:osce") { aliases } }')}`;
    await getJson(url, PREFLIGHT);
    const unsafe = await fetch(url);
    expect(unsafe.status).toBe(400);
    expect(unsafe.headers.get('x-cache')).toBe('MISS');
  });

  test('a hit honours Accept as a miss does: 406 when no answer type is acceptable, the negotiated type otherwise', async () => {
    const body = { ...PERSON, variables: { id: 'person:gyorgy-szabo' } };
    const uncachedServer = await startServer(loadSeedRepository(), {
      production: true,
      http: { port: 0, corsOrigins: [] },
      env: { LOG_LEVEL: 'silent', RESPONSE_CACHE: '0' },
    });
    try {
      for (const accept of ['text/csv', 'application/json; charset=iso-8859-1']) {
        const miss = await fetch(uncachedServer.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });
        expect(miss.status).toBe(406);
        await postJson(server.url, body); // primes the cache with the JSON answer
        const refused = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });
        expect(refused.status).toBe(406);
        expect(await refused.json()).toEqual(await miss.json());
      }
      for (const [accept, type] of [
        ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
        ['text/csv, application/json;q=0.5', 'application/json; charset=utf-8'],
        ['*/*', 'application/json; charset=utf-8'],
      ] as const) {
        await postJson(server.url, body, { accept });
        const hit = await postJson(server.url, body, { accept });
        expect([hit.status, hit.headers.get('x-cache'), hit.headers.get('content-type')]).toEqual([200, 'HIT', type]);
      }
    } finally {
      await uncachedServer.stop();
    }
  });
});

describe("the response cache's bounds", () => {
  test('does not keep answers larger than RESPONSE_CACHE_MAX_ENTRY_KB', async () => {
    const server = await startServer(loadSeedRepository(), {
      production: true,
      http: { port: 0, corsOrigins: [] },
      env: { LOG_LEVEL: 'silent', RESPONSE_CACHE_MAX_ENTRY_KB: '1' },
    });
    try {
      const big = { query: '{ sources { nodes { text } } }' };
      expect((await postJson(server.url, big)).headers.get('x-cache')).toBe('MISS');
      expect((await postJson(server.url, big)).headers.get('x-cache')).toBe('MISS');
      const small = { query: '{ person(id: "person:yerlan-karin") { name } }' };
      await postJson(server.url, small);
      expect((await postJson(server.url, small)).headers.get('x-cache')).toBe('HIT');
      expect(await metric(server, 'graphql_response_cache_entries')).toBe(1);
    } finally {
      await server.stop();
    }
  });

  test('holds at most RESPONSE_CACHE_MAX_MB, dropping the least recently used', async () => {
    const server = await startServer(loadSeedRepository(), {
      production: true,
      http: { port: 0, corsOrigins: [] },
      env: { LOG_LEVEL: 'silent', RESPONSE_CACHE_MAX_MB: '1' },
    });
    try {
      // Each search answer is distinct; together they are far more than a megabyte.
      for (let i = 0; i < 60; i++)
        await postJson(server.url, { query: `{ sources(first: ${i % 6}) { nodes { text } } search(text: "security ${i}") { score } }` });
      const bytes = await metric(server, 'graphql_response_cache_bytes');
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(2 ** 20);
    } finally {
      await server.stop();
    }
  });

  test('is off with RESPONSE_CACHE=0', async () => {
    const server = await startServer(loadSeedRepository(), {
      production: true,
      http: { port: 0, corsOrigins: [] },
      env: { LOG_LEVEL: 'silent', RESPONSE_CACHE: '0' },
    });
    try {
      await postJson(server.url, PERSON);
      const second = await postJson(server.url, PERSON);
      expect(second.headers.get('x-cache')).toBeNull();
      expect(second.body.data.person.name).toBe('Nurtai Abykayev');
    } finally {
      await server.stop();
    }
  });
});
