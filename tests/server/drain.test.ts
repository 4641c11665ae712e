/**
 * Draining as Kubernetes and load balancers expect (issue 18): on stop with a grace period,
 * `/ready` turns 503 while the API keeps answering; then the listener closes, keep-alive
 * connections close after their current answer (`Connection: close`), and every request in
 * flight finishes. Slow requests in flight and busy keep-alive clients behind a balancer that
 * polls /ready: none is reset.
 */
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A POST over a keep-alive agent, as a load balancer or a Node client sends it: status, Connection header and body. */
function postOver(agent: Agent, url: string, query: string): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

test('slow requests in flight and keep-alive clients during a drain: /ready 503 first, every request answered, none reset', async () => {
  const inner = loadSeedRepository();
  const release = deferred<void>();
  let entered = 0;
  const allEntered = deferred<void>();
  const slow = new Proxy(inner, {
    get(target, property) {
      if (property !== 'peopleByIds') return Reflect.get(target, property, target);
      return async (ids: readonly string[]) => {
        if (++entered === 4) allEntered.resolve();
        await release.promise;
        return target.peopleByIds(ids);
      };
    },
  });
  const server = await startServer(slow, { http: { port: 0, corsOrigins: [], drainTimeoutMs: 10_000 }, env: { LOG_LEVEL: 'silent', RESPONSE_CACHE: '0' } });
  const base = server.url.replace(/\/graphql$/, '');
  const agent = new Agent({ keepAlive: true, maxSockets: 12 });
  const post = (query: string) => postOver(agent, server.url, query);

  const slowAnswers = ['person:yerlan-karin', 'person:gyorgy-szabo', 'person:nurtai-abykayev', 'person:barlybay-sadykov'].map(async (id) => {
    const response = await post(`{ person(id: "${id}") { id } }`);
    return { status: response.status, body: JSON.parse(response.body) as { data?: { person: { id: string } } } };
  });
  await allEntered.promise;

  // A load balancer: checks /ready every 50 ms, and sends no more once it says 503.
  let balancerSaw503 = false;
  const balancer = (async () => {
    for (let i = 0; i < 400 && !balancerSaw503; i++) {
      balancerSaw503 = (await fetch(`${base}/ready`)).status === 503;
      await sleep(50);
    }
  })();
  // Eight keep-alive connections through it, asking again and again until it stops sending.
  const resets: string[] = [];
  let answered = 0;
  let closeHeaders = 0;
  let stopping = false;
  let t0 = 0;
  const clients = Array.from({ length: 8 }, async () => {
    for (let i = 0; i < 5_000 && !balancerSaw503; i++) {
      try {
        const response = await post('{ organisations(first: 1) { totalCount } }');
        expect(response.status).toBe(200);
        answered++;
        if (stopping && response.connection === 'close') closeHeaders++;
      } catch (error) {
        // Nobody listens any more: the request was never taken, a load balancer sends it elsewhere.
        if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') return;
        resets.push(
          `${String((error as NodeJS.ErrnoException).code ?? error)} listening=${server.httpServer.listening} saw503=${balancerSaw503} stopping=${stopping} t=${Math.round(performance.now() - t0)}`,
        );
        return;
      }
      await sleep(5);
    }
  });
  await sleep(100);

  stopping = true;
  t0 = performance.now();
  const stopped = server.stop({ graceMs: 1_500 });
  expect(server.lifecycle.state).toBe('draining');
  // The grace period: /ready says 503, the listener still takes connections, the API answers.
  const readiness = await fetch(`${base}/ready`);
  expect(readiness.status).toBe(503);
  const during = await post('{ organisations(first: 1) { totalCount } }');
  expect(during.status).toBe(200);
  expect(during.connection).toBe('close');
  expect(server.httpServer.listening).toBe(true);

  // Then the listener closes; the slow requests are still in flight, and finish.
  for (let i = 0; i < 500 && server.httpServer.listening; i++) await sleep(10);
  expect(server.httpServer.listening).toBe(false);
  await expect(fetch(`${base}/health`)).rejects.toThrow();
  release.resolve();
  const answers = await Promise.all(slowAnswers);
  expect(answers.map((answer) => [answer.status, answer.body.data?.person.id])).toEqual([
    [200, 'person:yerlan-karin'],
    [200, 'person:gyorgy-szabo'],
    [200, 'person:nurtai-abykayev'],
    [200, 'person:barlybay-sadykov'],
  ]);
  await stopped;
  await Promise.all([...clients, balancer]);
  agent.destroy();
  expect(resets).toEqual([]);
  expect(answered).toBeGreaterThan(8);
  expect(closeHeaders).toBeGreaterThan(0);
}, 20_000);

test('DRAIN_GRACE_MS: 5 seconds by default', async () => {
  const { readServerConfig } = await import('../../src/server/config');
  expect(readServerConfig({}).http.drainGraceMs).toBe(5000);
  expect(readServerConfig({ DRAIN_GRACE_MS: '0' }).http.drainGraceMs).toBe(0);
});
