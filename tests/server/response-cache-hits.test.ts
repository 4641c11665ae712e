import { requestLines, startObservedServer } from '../observability/observed-server';
import { getJson, postJson } from '../helpers/http';
import { loadSeedRepository } from '../helpers/seeds';
import { startServer } from '../../src/server/servers/graph-server';

const PERSON = { query: 'query Person($id: ID!) { person(id: $id) { name aliases } }', variables: { id: 'person:nurtai-abykayev' } };

describe('answers from the response cache', () => {
  test("a hit carries the caller's request id and is logged under it", async () => {
    const observed = await startObservedServer({ env: { RESPONSE_CACHE: '1' } });
    try {
      await postJson(observed.server.url, PERSON);
      const hit = await postJson(observed.server.url, PERSON, { 'x-request-id': 'analyst-42' });
      expect(hit.headers.get('x-cache')).toBe('HIT');
      expect(hit.headers.get('x-request-id')).toBe('analyst-42');
      expect(hit.headers.get('vary')).toBe('Accept, Origin');
      expect(hit.body.data.person.name).toBe('Nurtai Abykayev');
      expect(requestLines(observed.logs).filter((line) => line.cache === 'hit')).toEqual([
        expect.objectContaining({ requestId: 'analyst-42', httpStatus: 200 }),
      ]);
    } finally {
      await observed.stop();
    }
  });

  test("a browser's hit still gets its CORS headers", async () => {
    const origin = 'https://analyst.example';
    const server = await startServer(loadSeedRepository(), { production: true, http: { port: 0, corsOrigins: [origin] }, env: { LOG_LEVEL: 'silent' } });
    try {
      await postJson(server.url, PERSON, { origin });
      const hit = await postJson(server.url, PERSON, { origin });
      expect(hit.headers.get('x-cache')).toBe('HIT');
      expect(hit.headers.get('access-control-allow-origin')).toBe(origin);
    } finally {
      await server.stop();
    }
  });

  test('a draining server, in its grace period, still answers from the cache while /ready says 503 (issue 18: none dropped)', async () => {
    const server = await startServer(loadSeedRepository(), { production: true, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent' } });
    await postJson(server.url, PERSON);
    expect((await postJson(server.url, PERSON)).headers.get('x-cache')).toBe('HIT');
    const stopped = server.stop({ graceMs: 1_000 });
    const during = await postJson(server.url, PERSON);
    expect(during.status).toBe(200);
    expect(during.headers.get('x-cache')).toBe('HIT');
    expect((await getJson(server.url.replace(/\/graphql$/, '/ready'))).status).toBe(503);
    await stopped;
  });

  test('a body that is not a JSON object is refused as body-parser refuses it', async () => {
    const server = await startServer(loadSeedRepository(), { production: true, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent' } });
    try {
      for (const body of ['"just a string"', '  ', '{"query": ']) {
        const refused = await postJson(server.url, body);
        expect(refused.status).toBe(400);
        expect(refused.body.errors?.[0]?.message).toMatch(/^The body is not valid JSON .*; send \{"query"/);
      }
    } finally {
      await server.stop();
    }
  });
});
