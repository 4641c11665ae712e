/**
 * A batch's operations run one at a time, each in an event-loop turn of its own (issue 18):
 * a request that arrives while a batch of searches runs is answered between the batch's
 * operations, not after all of them. Before, Apollo ran the operations all at once, as one
 * chain of promise callbacks that held the loop until the whole batch was done.
 */
import { Agent, request } from 'node:http';
import { startServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';

function post(agent: Agent, url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('a request sent while a batch of 10 searches runs is answered before the batch has run its last search', async () => {
  const inner = loadSeedRepository();
  const calls: string[] = [];
  let single: Promise<{ status: number; body: string }> | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let url = '';
  const watched = new Proxy(inner, {
    get(target, property) {
      if (property === 'search')
        return (...args: Parameters<typeof inner.search>) => {
          calls.push('search');
          // The first search of the batch sends the other request, on a connection already open.
          single ??= post(agent, url, JSON.stringify({ query: '{ person(id: "person:gyorgy-szabo") { name } }' }));
          return target.search(...args);
        };
      if (property === 'peopleByIds') {
        return (ids: readonly string[]) => {
          calls.push('person');
          return target.peopleByIds(ids);
        };
      }
      return Reflect.get(target, property, target);
    },
  });
  const server = await startServer(watched, {
    production: true,
    http: { port: 0, corsOrigins: [], httpBatching: true },
    env: { LOG_LEVEL: 'silent', RESPONSE_CACHE: '0' },
  });
  url = server.url;
  try {
    // Open the single request's connection first, so that sending on it needs no connect.
    expect((await post(agent, url, JSON.stringify({ query: '{ __typename }' }))).status).toBe(200);
    calls.length = 0;
    const batch = Array.from({ length: 10 }, (_, i) => ({ query: `{ search(text: "Szabo ${'x'.repeat(i)}", first: 3) { score } }` }));
    const batchAnswer = await post(new Agent(), url, JSON.stringify(batch));
    expect(batchAnswer.status).toBe(200);
    expect((JSON.parse(batchAnswer.body) as unknown[]).length).toBe(10);
    expect(await single).toEqual({ status: 200, body: expect.stringContaining('"name":"György Szabó"') });

    expect(calls.filter((call) => call === 'search')).toHaveLength(10);
    expect(calls.indexOf('person')).toBeGreaterThan(0);
    expect(calls.indexOf('person')).toBeLessThan(calls.lastIndexOf('search'));
  } finally {
    agent.destroy();
    await server.stop();
  }
}, 30_000);
