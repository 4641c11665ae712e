import type { CorpusRepository } from '../../src/repository';
import { startServer } from '../../src/server/servers/graph-server';
import { getJson, postJson } from '../helpers/http';
import { loadSeedRepository } from '../helpers/seeds';

/** A promise and the functions that settle it, for holding a step until the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the server lifecycle', () => {
  test('while the corpus loads, /health answers and /ready and the API say 503', async () => {
    const corpus = deferred<CorpusRepository>();
    const server = await startServer(() => corpus.promise, { production: false, http: { port: 0, corsOrigins: [] } });
    const base = server.url.replace(/\/graphql$/, '');
    try {
      expect(await getJson(`${base}/health`)).toMatchObject({ status: 200, body: { status: 'ok', state: 'starting' } });
      expect((await getJson(`${base}/ready`)).status).toBe(503);
      const early = await postJson(server.url, { query: '{ __typename }' });
      expect(early.status).toBe(503);
      expect(early.headers.get('retry-after')).toBe('5');
      expect(early.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

      corpus.resolve(loadSeedRepository());
      await server.ready;
      expect(await getJson(`${base}/ready`)).toMatchObject({ status: 200, body: { status: 'ready' } });
      expect((await postJson(server.url, { query: '{ person(id: "person:yerlan-karin") { name } }' })).body.data).toEqual({
        person: { name: 'Yerlan Karin' },
      });
    } finally {
      await server.stop();
    }
  });

  test('a corpus that fails to load never opens the API', async () => {
    const server = await startServer(
      () => {
        throw new Error('the corpus is broken');
      },
      { production: false, http: { port: 0, corsOrigins: [] } },
    );
    await expect(server.ready).rejects.toThrow('the corpus is broken');
    expect((await postJson(server.url, { query: '{ __typename }' })).status).toBe(503);
    expect(server.lifecycle.state).toBe('starting');
    await server.stop();
  });

  test('stopping lets the request in flight finish, and refuses new ones', async () => {
    // A repository whose people lookups wait until the test releases them.
    const inner = loadSeedRepository();
    const release = deferred<void>();
    const entered = deferred<void>();
    const slow = new Proxy(inner, {
      get(target, property) {
        if (property !== 'peopleByIds') return Reflect.get(target, property, target);
        return async (ids: readonly string[]) => {
          entered.resolve();
          await release.promise;
          return target.peopleByIds(ids);
        };
      },
    });
    const server = await startServer(slow, { production: false, http: { port: 0, corsOrigins: [], drainTimeoutMs: 5_000 } });
    const base = server.url.replace(/\/graphql$/, '');

    const inFlight = postJson(server.url, { query: '{ person(id: "person:yerlan-karin") { name } }' });
    await entered.promise;
    const stopped = server.stop();

    expect(server.lifecycle.state).toBe('draining');
    // New connections are refused once the listener is closed.
    await expect(fetch(`${base}/ready`)).rejects.toThrow();

    release.resolve();
    expect((await inFlight).body.data).toEqual({ person: { name: 'Yerlan Karin' } });
    await stopped;
  });
});
