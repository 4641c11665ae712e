import { Agent, request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SoakRequest } from './soak-requests';

/**
 * What happened to the requests of clients that kept sending while the server drained after
 * SIGTERM. Each client sends on one keep-alive connection, a request after the last answer,
 * and a new connection when the server closed the old one. Two kinds of client:
 * - behind a balancer (the target): it polls `/ready` every BALANCER_POLL_MS and sends no new
 *   request once it answered 503, as Kubernetes or a load balancer does;
 * - direct: clients that ignore `/ready` and send until refused.
 * Every request ends one of three ways:
 * - answered: an HTTP answer below 500 (the server says `Connection: close` while it drains);
 * - refused: the connection could not be opened (ECONNREFUSED): the listener is closed, the
 *   request never reached the server, and a client or balancer sends it elsewhere. The client
 *   stops then;
 * - dropped: anything else: a 5xx, or the connection reset or closed (or silent for
 *   `timeoutMs`) after the request was sent, i.e. a request the server took and lost.
 */
export interface SigtermCount {
  /** Clients behind a balancer: the target counts their dropped requests. */
  readonly balanced: ClientCount;
  /** Clients that ignore /ready. */
  readonly direct: ClientCount;
  /** When `/ready` first answered 503 after SIGTERM, in ms (undefined: never seen). */
  readonly readyUnreadyAfterMs?: number;
  /** The server's exit code. */
  readonly exitCode: number | null;
}

export interface ClientCount {
  readonly clients: number;
  readonly answered: number;
  readonly refused: number;
  readonly dropped: number;
  /** Why each dropped request was dropped: "ECONNRESET", "status 502", "timeout". */
  readonly dropReasons: ReadonlyMap<string, number>;
  /** When requests were dropped, in ms after SIGTERM (negative: before it). */
  readonly dropTimesMs: readonly number[];
  /** Requests answered after SIGTERM. */
  readonly answeredAfterSigterm: number;
  /** When the last request was answered after SIGTERM, in ms. */
  readonly lastAnswerAfterMs?: number;
}

export interface SigtermOptions {
  readonly url: string;
  readonly requests: readonly SoakRequest[];
  /** Clients behind the balancer. */
  readonly connections: number;
  /** Clients that ignore /ready. */
  readonly directConnections: number;
  /** How long clients send before SIGTERM, so that requests are in flight when it comes. */
  readonly leadMs: number;
  /** Sends SIGTERM and resolves with the exit code. */
  readonly sigterm: () => Promise<number | null>;
  readonly timeoutMs?: number;
}

type Outcome = { kind: 'answered'; status: number } | { kind: 'refused' } | { kind: 'dropped'; reason: string };

function send(agent: Agent, url: URL, request: SoakRequest, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let connected = false;
    const req = httpRequest(url, { method: request.method, headers: request.headers, agent, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve(res.statusCode! >= 500 ? { kind: 'dropped', reason: `status ${res.statusCode}` } : { kind: 'answered', status: res.statusCode! }),
      );
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ kind: 'dropped', reason: error.code ?? error.message }));
    });
    req.on('socket', (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once('connect', () => (connected = true));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })));
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve(!connected && error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'dropped', reason: error.code ?? error.message }),
    );
    req.end(request.body);
  });
}

/** How often the balancer polls /ready: a load balancer's health-check interval, well inside DRAIN_GRACE_MS (5 s). */
export const BALANCER_POLL_MS = 1_000;

async function readyStatus(url: URL): Promise<number | undefined> {
  try {
    const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

/** Normal traffic on `connections` clients behind a balancer and `directConnections` without; SIGTERM after `leadMs`; counts every request's end until the server has exited and every client stopped. */
export async function sigtermUnderLoad(options: SigtermOptions): Promise<SigtermCount> {
  const { requests, leadMs, timeoutMs = 30_000 } = options;
  const url = new URL(options.url);
  let sigtermAt: number | undefined = undefined;
  let readyUnreadyAfterMs: number | undefined;
  let balancerSent = true;
  let exited = false;

  const group = async (clients: number, behindBalancer: boolean): Promise<ClientCount> => {
    const count = {
      clients,
      answered: 0,
      refused: 0,
      dropped: 0,
      dropReasons: new Map<string, number>(),
      dropTimesMs: [] as number[],
      answeredAfterSigterm: 0,
    };
    let lastAnswerAfterMs: number | undefined;
    const client = async (index: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        for (let i = index; !(behindBalancer && !balancerSent); i++) {
          const outcome = await send(agent, url, requests[i % requests.length]!, timeoutMs);
          if (outcome.kind === 'refused') {
            count.refused += 1;
            // Refused before the server exited: it stopped listening; after, nothing is there.
            return;
          }
          if (outcome.kind === 'dropped') {
            count.dropped += 1;
            count.dropReasons.set(outcome.reason, (count.dropReasons.get(outcome.reason) ?? 0) + 1);
            count.dropTimesMs.push(performance.now() - (sigtermAt ?? performance.now()));
            if (exited) return;
          } else {
            count.answered += 1;
            if (sigtermAt !== undefined) {
              count.answeredAfterSigterm += 1;
              lastAnswerAfterMs = performance.now() - sigtermAt;
            }
          }
        }
      } finally {
        agent.destroy();
      }
    };
    await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
    return { ...count, lastAnswerAfterMs };
  };

  // The balancer: polls /ready, and sends nothing more once it answered 503 (or nothing).
  const balancer = (async () => {
    while (balancerSent && !exited) {
      await sleep(BALANCER_POLL_MS);
      if ((await readyStatus(url)) !== 200) balancerSent = false;
    }
  })();
  const groups = Promise.all([group(options.connections, true), group(options.directConnections, false)]);

  await sleep(leadMs);
  sigtermAt = performance.now();
  const watcher = (async () => {
    while (!exited && readyUnreadyAfterMs === undefined) {
      if ((await readyStatus(url)) === 503) readyUnreadyAfterMs = performance.now() - sigtermAt!;
      await sleep(20);
    }
  })();
  const exitCode = await options.sigterm();
  exited = true;
  const [balanced, direct] = await groups;
  await Promise.all([balancer, watcher]);
  return { balanced, direct, readyUnreadyAfterMs, exitCode };
}
