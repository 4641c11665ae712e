/**
 * Scaling out (issue 17): two subgraph replicas behind Debian's HAProxy, run with the committed
 * deploy/haproxy/subgraph-replicas.cfg, and the gateway in front, all real processes on loopback
 * and in production mode. Bounded load goes through the gateway while one replica is killed
 * (SIGKILL: it dies mid-request) or stopped (SIGTERM: it drains). Clients may see a failed
 * answer only for a request that was in flight when the replica died; the figures are printed.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { readExampleOperations } from '../../src/cli/soak/example-operations';
import { DIST_DIR, PROJECT_DIR } from '../../src/paths';
import { type ServerProcess, startServerProcess } from '../../src/process/server-process';

const HAPROXY_CONFIG = join(PROJECT_DIR, 'deploy', 'haproxy', 'subgraph-replicas.cfg');
const SUBGRAPH_MAIN = join(DIST_DIR, 'server', 'subgraph-main.js');
const GATEWAY_MAIN = join(DIST_DIR, 'gateway', 'main.js');
const SECRET = 'a-secret-the-gateway-and-replicas-share';
/** The replicas' drain: longer than HAProxy takes to see /ready turn 503 (inter 1 s + fastinter 250 ms). */
const DRAIN_GRACE_MS = 2_000;
/** Production, on loopback; info logging, as the ready line ("… ready at http://…") is an info line. */
const PRODUCTION = { NODE_ENV: 'production', HOST: '127.0.0.1', LOG_LEVEL: 'info', SUBGRAPH_SECRET: SECRET };
/** Real queries: the example operations of schema/operations/, each with its default variables. */
const BODIES = readExampleOperations().map(({ query }) => JSON.stringify({ query }));

/** Debian puts haproxy in /usr/sbin, which a user's PATH may lack. */
function haproxyCommand(): string {
  for (const candidate of ['haproxy', '/usr/sbin/haproxy']) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(
    "haproxy is not installed: this test runs Debian's HAProxy in front of the subgraph replicas. Install it with `apt-get install haproxy` (.ci/run does so where it is missing).",
  );
}

/** A free loopback port, for HAProxy's listeners (the Node servers take PORT=0 themselves). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `haproxy -f <committed config> -db` (foreground), its addresses set through the config's variables; its stderr lines timed. */
interface HAProxy {
  readonly child: ChildProcess;
  readonly url: string;
  readonly statsUrl: string;
  /** Waits for a line on stderr (server state changes: "Server subgraph_replicas/replica-a is DOWN, …") after `since`; its time. */
  waitForLine(pattern: RegExp, since: number, timeoutMs?: number): Promise<number>;
  /** Per server of the backend: status, answers by class, retries and redispatches (the stats page's CSV). */
  servers(): Promise<Record<string, Record<string, string>>>;
}

async function startHAProxy(replicas: { a: string; b: string }): Promise<HAProxy> {
  const command = haproxyCommand();
  const [port, statsPort] = [await freePort(), await freePort()];
  const hostPort = (url: string) => new URL(url).host;
  const child = spawn(command, ['-f', HAPROXY_CONFIG, '-db'], {
    env: {
      ...process.env,
      HAPROXY_BIND: `127.0.0.1:${port}`,
      HAPROXY_STATS_BIND: `127.0.0.1:${statsPort}`,
      SUBGRAPH_A: hostPort(replicas.a),
      SUBGRAPH_B: hostPort(replicas.b),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // As src/process/server-process.ts does for the Node servers: none outlives this process, however it ends.
  process.once('exit', () => child.kill('SIGKILL'));
  const lines: { at: number; text: string }[] = [];
  let partial = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    for (const text of parts) lines.push({ at: performance.now(), text });
  });
  const statsUrl = `http://127.0.0.1:${statsPort}/`;
  const haproxy: HAProxy = {
    child,
    url: `http://127.0.0.1:${port}/graphql`,
    statsUrl,
    async waitForLine(pattern, since, timeoutMs = 10_000) {
      for (const deadline = performance.now() + timeoutMs; performance.now() < deadline; await sleep(20)) {
        const line = lines.find(({ at, text }) => at >= since && pattern.test(text));
        if (line) return line.at;
      }
      throw new Error(`HAProxy printed no ${pattern} within ${timeoutMs} ms; it printed:\n${lines.map(({ text }) => text).join('\n')}`);
    },
    async servers() {
      const [header, ...rows] = (await (await fetch(`${statsUrl};csv`)).text()).trim().split('\n');
      const names = header!.replace(/^# /, '').split(',');
      return Object.fromEntries(
        rows
          .map((row) => Object.fromEntries(row.split(',').map((value, i) => [names[i]!, value])))
          .filter((server) => server.pxname === 'subgraph_replicas' && server.svname !== 'BACKEND')
          .map((server) => [server.svname!, server]),
      );
    },
  };
  // Ready once the stats page answers and both replicas are UP.
  for (let i = 0; ; i++) {
    if (child.exitCode !== null || i === 200)
      throw new Error(`HAProxy did not start with ${HAPROXY_CONFIG}; it printed:\n${lines.map(({ text }) => text).join('\n')}`);
    const servers = await haproxy.servers().catch(() => ({}) as Record<string, Record<string, string>>);
    if (servers['replica-a']?.status === 'UP' && servers['replica-b']?.status === 'UP') return haproxy;
    await sleep(50);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startReplica(port = 0): Promise<ServerProcess> {
  return startServerProcess({ script: SUBGRAPH_MAIN, env: { ...PRODUCTION, PORT: String(port), DRAIN_GRACE_MS: String(DRAIN_GRACE_MS) } });
}

interface LoadOptions {
  /** Requests in all, sent by `clients` clients, each pausing `paceMs` between its requests. */
  readonly total: number;
  readonly clients: number;
  readonly paceMs: number;
  /** The run stops at this time even if not every request was sent. */
  readonly capMs: number;
  /** Called once, when this many answers have come back and others are in flight: the replica is killed or stopped there. */
  readonly eventAfter: number;
  readonly event: () => void;
}

interface LoadRun {
  readonly requests: number;
  readonly answered: number;
  /** Each failed answer: `HTTP 502`, `SUBGRAPH_UNAVAILABLE`, `connection ECONNRESET`, … */
  readonly failures: string[];
  /** Requests sent and not yet answered when the event came. */
  readonly inFlightAtEvent: number;
  readonly eventAt: number;
  readonly startedAfterEvent: number;
  readonly answeredAfterEvent: number;
  readonly latenciesMs: number[];
}

/** What is wrong with an answer, or undefined for 200 with data and no errors. */
async function failureOf(response: Response): Promise<string | undefined> {
  const text = await response.text();
  if (response.status !== 200) return `HTTP ${response.status}`;
  const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  if (body.errors?.length) return body.errors.map((error) => error.extensions?.code ?? 'error').join(',');
  return body.data ? undefined : 'no data';
}

/** Bounded load through the gateway: a fixed number of requests, a few clients, a time cap. */
async function driveLoad(url: string, options: LoadOptions): Promise<LoadRun> {
  const deadline = performance.now() + options.capMs;
  const failures: string[] = [];
  const latenciesMs: number[] = [];
  let started = 0;
  let finished = 0;
  let inFlightAtEvent = -1;
  let eventAt = Infinity;
  let startedAfterEvent = 0;
  let answeredAfterEvent = 0;
  const client = async () => {
    while (started < options.total && performance.now() < deadline) {
      const body = BODIES[started % BODIES.length]!;
      started++;
      const afterEvent = performance.now() >= eventAt;
      if (afterEvent) startedAfterEvent++;
      const t0 = performance.now();
      let failure: string | undefined;
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(20_000) });
        failure = await failureOf(response);
      } catch (error) {
        const { name, cause } = error as { name?: string; cause?: { code?: string } };
        failure = `connection ${cause?.code ?? name}`;
      }
      finished++;
      if (failure === undefined) {
        latenciesMs.push(performance.now() - t0);
        if (afterEvent) answeredAfterEvent++;
      } else failures.push(failure);
      // Mid-request: the first answer from the eventAfter-th on with two others still out (or 50 answers later in any case).
      const inFlight = started - finished;
      if (eventAt === Infinity && finished >= options.eventAfter && (inFlight >= 2 || finished >= options.eventAfter + 50)) {
        inFlightAtEvent = inFlight;
        eventAt = performance.now();
        options.event();
      }
      await sleep(options.paceMs);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  return { requests: finished, answered: latenciesMs.length, failures, inFlightAtEvent, eventAt, startedAfterEvent, answeredAfterEvent, latenciesMs };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN);
}

function report(title: string, run: LoadRun, extra: Record<string, string | number>): void {
  const byKind = run.failures.reduce<Record<string, number>>((counts, kind) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }), {});
  const lines = {
    requests: run.requests,
    answered: run.answered,
    failed: `${run.failures.length}${run.failures.length ? ` ${JSON.stringify(byKind)}` : ''}`,
    'in flight at the event': run.inFlightAtEvent,
    'started / answered after it': `${run.startedAfterEvent} / ${run.answeredAfterEvent}`,
    'latency p50 / p99': `${percentile(run.latenciesMs, 50)} ms / ${percentile(run.latenciesMs, 99)} ms`,
    ...extra,
  };
  console.log([title, ...Object.entries(lines).map(([name, value]) => `  ${name.padEnd(34)} ${value}`)].join('\n'));
}

/** The load of each run: at least (total / clients) × paceMs long, so the run goes on well past HAProxy's checks. */
const LOAD = { total: 600, clients: 4, paceMs: 20, capMs: 60_000, eventAfter: 200 };

describe('subgraph replicas behind HAProxy, the gateway in front (issue 17)', () => {
  let replicaA: ServerProcess | undefined;
  let replicaB: ServerProcess | undefined;
  let haproxy: HAProxy | undefined;
  let gateway: ServerProcess | undefined;

  beforeAll(async () => {
    [replicaA, replicaB] = await Promise.all([startReplica(), startReplica()]);
    haproxy = await startHAProxy({ a: replicaA.url, b: replicaB.url });
    gateway = await startServerProcess({
      script: GATEWAY_MAIN,
      // No response cache at the gateway: every request goes to a replica.
      env: { ...PRODUCTION, SUBGRAPH_URL_SECURITY_GRAPH: haproxy.url, RESPONSE_CACHE: '0' },
    });
  }, 90_000);

  afterAll(async () => {
    const child = haproxy?.child;
    const haproxyExited = child && child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined;
    child?.kill('SIGKILL');
    await Promise.all([haproxyExited, gateway?.stop(2_000), replicaA?.stop(1_000), replicaB?.stop(1_000)]);
  });

  test('a replica killed mid-run (SIGKILL): the gateway keeps answering; only requests in flight at the kill may fail', async () => {
    const run = await driveLoad(gateway!.url, { ...LOAD, event: () => process.kill(replicaA!.pid, 'SIGKILL') });
    const markedDownAt = await haproxy!.waitForLine(/Server subgraph_replicas\/replica-a is DOWN/, run.eventAt);
    const after = await haproxy!.servers();
    report('SIGKILL of replica-a under load through the gateway', run, {
      'HAProxy marked replica-a DOWN after': `${Math.round(markedDownAt - run.eventAt)} ms`,
      'answered by replica-a / replica-b': `${after['replica-a']!.hrsp_2xx} / ${after['replica-b']!.hrsp_2xx}`,
      'HAProxy retries / redispatches': `${after['replica-a']!.wretr} / ${after['replica-a']!.wredis}`,
    });

    expect(replicaA!.exit()).toEqual({ code: null, signal: 'SIGKILL' });
    expect(after['replica-a']!.status).toBe('DOWN');
    // Both replicas took their share before the kill.
    expect(Number(after['replica-a']!.hrsp_2xx)).toBeGreaterThan(0);
    expect(Number(after['replica-b']!.hrsp_2xx)).toBeGreaterThan(0);
    // Every request was sent, the load went on after the kill, and the requests after it were answered with data.
    expect(run.requests).toBe(LOAD.total);
    expect(run.startedAfterEvent).toBeGreaterThan(LOAD.total / 2);
    expect(run.answeredAfterEvent).toBe(run.startedAfterEvent);
    expect(run.inFlightAtEvent).toBeGreaterThanOrEqual(0);
    expect(run.failures.length).toBeLessThanOrEqual(run.inFlightAtEvent);
  }, 90_000);

  test('a replica stopped mid-run (SIGTERM): HAProxy takes it out while it drains, and no request fails', async () => {
    // replica-a again, on its port, in place of the one killed above; HAProxy takes it back in.
    const port = new URL(replicaA!.url).port;
    await replicaA!.stop(1_000);
    const restartedAt = performance.now();
    replicaA = await startReplica(Number(port));
    await haproxy!.waitForLine(/Server subgraph_replicas\/replica-a is UP/, restartedAt, 20_000);

    let exited: Promise<number | null> | undefined;
    const run = await driveLoad(gateway!.url, { ...LOAD, event: () => (exited = replicaB!.stop(30_000)) });
    const markedDownAt = await haproxy!.waitForLine(/Server subgraph_replicas\/replica-b is DOWN/, run.eventAt);
    report('SIGTERM of replica-b under load through the gateway', run, {
      'HAProxy marked replica-b DOWN after': `${Math.round(markedDownAt - run.eventAt)} ms (its drain grace: ${DRAIN_GRACE_MS} ms)`,
    });

    expect(await exited).toBe(0);
    expect(run.requests).toBe(LOAD.total);
    expect(run.startedAfterEvent).toBeGreaterThan(LOAD.total / 2);
    expect(run.failures).toEqual([]);
  }, 90_000);
});
