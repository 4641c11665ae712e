/**
 * Fair shares of the event loop (FAIR_SHARE_PERCENT, plugins/limits/fair-share.ts): while other
 * clients are served, a client's uncached requests run one at a time and within its share of the
 * server's time; alone, nothing holds it back; cached answers never wait; too many waiting
 * requests of one client are refused 429 FAIR_SHARE_EXCEEDED with Retry-After.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { FairShare, fairShareHooks } from '../../src/server/plugins/limits/fair-share';
import { startLimitsServer } from './helpers/limits-server';

describe('FairShare, on a clock of its own', () => {
  let clock = 0;
  const shares = (options: { percent?: number; maxWaiting?: number } = {}) =>
    new FairShare({ percent: 25, maxWaiting: 4, keyHeader: 'x-api-key', ...options, now: () => clock });

  beforeEach(() => {
    jest.useFakeTimers();
    clock = 0;
  });
  afterEach(() => jest.useRealTimers());

  /** Moves the clock and the timers on together. */
  async function pass(ms: number): Promise<void> {
    clock += ms;
    await jest.advanceTimersByTimeAsync(ms);
  }

  test('a client alone is never held back, however much it spends', async () => {
    const fair = shares();
    fair.seen('a');
    for (let i = 0; i < 5; i++) {
      const done = await fair.admit('a');
      await pass(400);
      done!.done();
    }
    const started = await Promise.race([fair.admit('a'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 0))]);
    expect(started).toEqual({ done: expect.any(Function), waited: false });
  });

  test('beside another client, one over its share waits until the share has paid its time back', async () => {
    const fair = shares();
    fair.seen('a');
    const first = await fair.admit('a');
    await pass(400); // 400 ms spent: 150 over a 25 % share of a second
    first!.done();
    fair.seen('b');
    let started = false;
    const next = fair.admit('a').then((done) => ((started = true), done));
    await pass(590);
    expect(started).toBe(false); // 150 ms over, paid back at 0.25 ms a millisecond: 600 ms
    await pass(20);
    expect(started).toBe(true);
    expect((await next)!.waited).toBe(true);
    (await next)!.done();
  });

  test("beside another client, a client's requests run one at a time, in the order they came", async () => {
    const fair = shares();
    fair.seen('b');
    const order: number[] = [];
    const admitted = [1, 2, 3].map((n) => fair.admit('a').then((done) => (order.push(n), done)));
    await pass(0);
    expect(order).toEqual([1]);
    (await admitted[0]!)!.done(); // answered at once: nothing spent, so the next starts
    await pass(0);
    expect(order).toEqual([1, 2]);
    (await admitted[1]!)!.done();
    await pass(0);
    expect(order).toEqual([1, 2, 3]);
    (await admitted[2]!)!.done();
  });

  test("more than maxWaiting of a client's requests waiting: the next is refused (undefined)", async () => {
    const fair = shares({ maxWaiting: 2 });
    fair.seen('b');
    const running = await fair.admit('a');
    const waiting = [fair.admit('a'), fair.admit('a')];
    await expect(fair.admit('a')).resolves.toBeUndefined();
    running!.done();
    for (const next of waiting) (await next)!.done();
  });

  test('100 percent: no shares at all', async () => {
    const fair = shares({ percent: 100 });
    fair.seen('b');
    const all = await Promise.all([fair.admit('a'), fair.admit('a'), fair.admit('a')]);
    expect(all.map((admitted) => admitted?.waited)).toEqual([false, false, false]);
  });

  test('a client is forgotten once its time is paid back', async () => {
    const fair = shares();
    fair.seen('b');
    const done = await fair.admit('a');
    await pass(100);
    done!.done();
    expect(fair.clientCount).toBe(1);
    await pass(10_000); // 100 ms paid back in 400 ms; forgotten at the next sweep
    expect(fair.clientCount).toBe(0);
  });
});

describe('the hooks, on a clock of their own', () => {
  let clock = 0;
  afterEach(() => jest.useRealTimers());

  /** A request as the API handler hands it to the hooks, and its answer as sent. */
  function apiRequest(key: string) {
    const req = new IncomingMessage(new Socket());
    req.headers = { 'x-api-key': key };
    const res = new ServerResponse(req);
    const sent: { body?: string } = {};
    res.end = ((chunk?: unknown) => ((sent.body = String(chunk)), res)) as typeof res.end;
    return { request: { req, requestId: 'r', log: {} as never, url: '/graphql', body: {}, rawBody: undefined }, res, sent };
  }

  test('beside another client, one over its share waits; one request too many gets 429 FAIR_SHARE_EXCEEDED with Retry-After', async () => {
    jest.useFakeTimers();
    const { noteClient, admitUncached } = fairShareHooks({ percent: 25, maxWaiting: 1, keyHeader: 'x-api-key', now: () => clock });
    const reader = apiRequest('reader');
    noteClient.onRequest!(reader.request, reader.res);
    const [first, second, third] = [apiRequest('heavy'), apiRequest('heavy'), apiRequest('heavy')];
    for (const { request, res } of [first!, second!, third!]) noteClient.onRequest!(request, res);

    await expect(admitUncached.beforeGraphQL!(first!.request, first!.res)).resolves.toBe(false); // runs
    let secondStarted = false;
    const secondAdmitted = admitUncached.beforeGraphQL!(second!.request, second!.res).then((answered) => ((secondStarted = true), answered));
    await expect(admitUncached.beforeGraphQL!(third!.request, third!.res)).resolves.toBe(true); // answered: refused
    expect(third!.res.statusCode).toBe(429);
    expect(third!.res.getHeader('retry-after')).toBe('1');
    expect(JSON.parse(third!.sent.body!)).toEqual({
      errors: [
        {
          message: '1 of your requests are waiting for your share of the server already; wait for their answers before sending more (retry after 1 s).',
          extensions: { code: 'FAIR_SHARE_EXCEEDED' },
        },
      ],
    });

    // The first is answered after 500 ms of the server's time: 250 over the share, paid back in a second.
    clock += 500;
    noteClient.onRequest!(reader.request, reader.res);
    first!.res.emit('close');
    await jest.advanceTimersByTimeAsync(0);
    expect(secondStarted).toBe(false);
    clock += 1_002;
    await jest.advanceTimersByTimeAsync(1_002);
    await expect(secondAdmitted).resolves.toBe(false);
  });
});

describe('the setting', () => {
  test('a bad setting stops the start, naming it', async () => {
    await expect(startLimitsServer({ FAIR_SHARE_PERCENT: '0' })).rejects.toThrow(/FAIR_SHARE_PERCENT/);
  });
});
