import type { ServerResponse } from 'node:http';
import { Counter, Gauge, type Registry } from 'prom-client';
import { sendError } from '../../http/errors';
import type { ApiRequest, HttpHook } from '../../http/hooks';
import { clientIdOf } from '../../http/client-identity';
import type { FairShareConfig } from '../../config';

/** FAIR_SHARE_PERCENT, FAIR_SHARE_MAX_WAITING and the key header (config/read-config.ts), and what a server or test adds. */
export interface FairShareOptions extends FairShareConfig {
  /** Over how long a client's time is counted, in ms (1,000): its share of it is what it may spend at once. */
  readonly windowMs?: number;
  /** The clock, in ms; a test's own. */
  readonly now?: () => number;
  /** The server's metrics registry, where the shares' counters and gauges go; none: no metrics. */
  readonly registry?: Registry;
}

/** A request let through: what to call once it is answered, and whether it waited for its share. */
export interface Admission {
  readonly done: () => void;
  readonly waited: boolean;
}

/** What a client has spent and what of it waits. */
interface ClientState {
  /** Milliseconds of the server's time spent beyond what the share has paid back since `at`. */
  spentMs: number;
  at: number;
  running: number;
  readonly waiting: (() => void)[];
  timer?: NodeJS.Timeout;
}

/**
 * Fair shares of the server's one event loop. Answers from the response cache cost next to
 * nothing, so a client sending request after request that no cache answers (new searches, new
 * ids, new operations) can take most of the loop, and everyone else's cached answers queue
 * behind its work. While other clients are being served, each client's uncached requests run one
 * at a time and may take `percent` of the server's time, counted as the wall time from a
 * request's start to its answer and paid back at that rate (a leaky bucket holding a window's
 * share): a client over its share waits until it is under again. A client alone is never held
 * back, cached answers never wait, and nothing is refused unless `maxWaiting` of one client's
 * requests are waiting already (429, FAIR_SHARE_EXCEEDED, with Retry-After).
 *
 * A client is its API key (the COST_BUDGET_KEY_HEADER header), else its address: behind a
 * proxy every client has the proxy's address, so keys (checked upstream) are what tells them apart.
 */
export class FairShare {
  private readonly share: number;
  private readonly windowMs: number;
  private readonly allowanceMs: number;
  private readonly now: () => number;
  private readonly clients = new Map<string, ClientState>();
  /** The client seen last, and the last time any other client was seen: whether a client is alone. */
  private latest = { client: '', at: -Infinity };
  private latestOtherAt = -Infinity;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(private readonly options: FairShareOptions) {
    this.share = options.percent / 100;
    this.windowMs = options.windowMs ?? 1_000;
    this.allowanceMs = this.share * this.windowMs;
    this.now = options.now ?? (() => performance.now());
  }

  /** Notes that `client` sent a request (answered from the cache or not): it is being served. */
  seen(client: string): void {
    const at = this.now();
    if (this.latest.client !== client) {
      this.latestOtherAt = this.latest.at;
      this.latest = { client, at };
    } else this.latest.at = at;
  }

  /**
   * Resolves when `client` may start an uncached request, with what to call once it is answered;
   * undefined when too many of its requests are waiting already.
   */
  async admit(client: string): Promise<Admission | undefined> {
    if (this.share >= 1) return { done: () => {}, waited: false };
    const state = this.stateOf(client);
    const waited = state.waiting.length > 0 || !this.mayStart(client, state);
    if (waited) {
      if (state.waiting.length >= this.options.maxWaiting) return undefined;
      // Counted as running by wakeLater, when it lets this one start.
      await new Promise<void>((resolve) => {
        state.waiting.push(resolve);
        this.wakeLater(client, state);
      });
    } else state.running++;
    const started = this.now();
    const done = () => {
      state.running--;
      this.payBack(state);
      state.spentMs += this.now() - started;
      this.wakeLater(client, state);
    };
    return { done, waited };
  }

  /** Seconds until a client over its share may start again: its Retry-After. */
  retryAfterSeconds(client: string): number {
    const state = this.clients.get(client);
    return state ? Math.max(1, Math.ceil(this.waitMs(state) / 1000)) : 1;
  }

  /** Clients with time spent or requests waiting: what memory the shares hold. */
  get clientCount(): number {
    return this.clients.size;
  }

  /** Requests waiting for their client's share now. */
  get waitingCount(): number {
    let waiting = 0;
    for (const state of this.clients.values()) waiting += state.waiting.length;
    return waiting;
  }

  /** Alone, always; beside others, one request at a time and only within the share (the work is all on one loop: running a client's requests side by side would not answer it sooner). */
  private mayStart(client: string, state: ClientState): boolean {
    if (!this.othersServed(client)) return true;
    this.payBack(state);
    return state.running === 0 && state.spentMs <= this.allowanceMs;
  }

  private othersServed(client: string): boolean {
    const otherAt = this.latest.client === client ? this.latestOtherAt : this.latest.at;
    return this.now() - otherAt < this.windowMs;
  }

  /** What the share has paid back since the last count: `share` of the time passed. */
  private payBack(state: ClientState): void {
    const now = this.now();
    state.spentMs = Math.max(0, state.spentMs - (now - state.at) * this.share);
    state.at = now;
  }

  private waitMs(state: ClientState): number {
    this.payBack(state);
    return Math.max(0, (state.spentMs - this.allowanceMs) / this.share);
  }

  /** Lets the first waiting request start when the client may: when the one running is answered, or when the share allows. */
  private wakeLater(client: string, state: ClientState): void {
    if (state.waiting.length === 0) return;
    if (this.mayStart(client, state)) {
      clearTimeout(state.timer);
      state.timer = undefined;
      state.running++;
      return void state.waiting.shift()!();
    }
    // While one runs, its answer wakes the next.
    if (state.timer || state.running > 0) return;
    state.timer = setTimeout(
      () => {
        state.timer = undefined;
        this.wakeLater(client, state);
      },
      Math.ceil(this.waitMs(state)) + 1,
    );
  }

  /** Forgets the clients with nothing running or waiting and their time paid back, every few windows. */
  private sweep(): void {
    for (const [client, state] of this.clients) {
      if (state.running > 0 || state.waiting.length > 0) continue;
      this.payBack(state);
      if (state.spentMs === 0) this.clients.delete(client);
    }
    if (this.clients.size === 0) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }

  private stateOf(client: string): ClientState {
    let state = this.clients.get(client);
    if (!state) this.clients.set(client, (state = { spentMs: 0, at: this.now(), running: 0, waiting: [] }));
    this.sweeper ??= setInterval(() => this.sweep(), 10 * this.windowMs).unref();
    return state;
  }
}

/**
 * The fair shares as HTTP hooks: `noteClient` first of all hooks (every request shows its client
 * is being served, cache hits too), `admitUncached` last (a request no hook answered waits for its
 * client's share, or is refused when too many of its requests wait already).
 */
export function fairShareHooks(options: FairShareOptions): { noteClient: HttpHook; admitUncached: HttpHook } {
  const shares = new FairShare(options);
  const noteAdmission = options.registry ? fairShareMetrics(shares, options.registry) : () => {};
  // Each request's client, named once by noteClient (a hash of its key) and read again by admitUncached.
  const clients = new WeakMap<ApiRequest, string>();
  const clientOf = (request: ApiRequest): string => {
    let client = clients.get(request);
    if (client === undefined) clients.set(request, (client = clientIdOf(request.req.headers[options.keyHeader], request.req.socket.remoteAddress)));
    return client;
  };
  return {
    noteClient: {
      name: 'fair-share-clients',
      onRequest(request) {
        shares.seen(clientOf(request));
        return false;
      },
    },
    admitUncached: {
      name: 'fair-share',
      async beforeGraphQL(request: ApiRequest, res: ServerResponse) {
        const client = clientOf(request);
        const admitted = await shares.admit(client);
        noteAdmission(admitted);
        if (admitted) {
          // A client that went away while waiting has nobody to answer.
          if (res.destroyed) return (admitted.done(), true);
          res.once('close', admitted.done);
          return false;
        }
        const retryAfter = shares.retryAfterSeconds(client);
        sendError(
          res,
          429,
          `${options.maxWaiting} of your requests are waiting for your share of the server already; wait for their answers before sending more (retry after ${retryAfter} s).`,
          'FAIR_SHARE_EXCEEDED',
          { 'retry-after': String(retryAfter) },
        );
        return true;
      },
    },
  };
}

/** The shares in /metrics; returns what counts each admission (undefined: refused). */
function fairShareMetrics(shares: FairShare, registry: Registry): (admitted: Admission | undefined) => void {
  const admissions = new Counter({
    name: 'graphql_fair_share_admissions_total',
    help: "Requests no cache answered, by what their client's fair share made of them: ran at once, waited, or refused (FAIR_SHARE_EXCEEDED).",
    labelNames: ['outcome'],
    registers: [registry],
  });
  new Gauge({
    name: 'graphql_fair_share_waiting',
    help: "Requests waiting for their client's fair share now.",
    registers: [registry],
    collect() {
      this.set(shares.waitingCount);
    },
  });
  new Gauge({
    name: 'graphql_fair_share_clients',
    help: 'Clients whose time the fair shares count now.',
    registers: [registry],
    collect() {
      this.set(shares.clientCount);
    },
  });
  return (admitted) => admissions.inc({ outcome: admitted === undefined ? 'refused' : admitted.waited ? 'waited' : 'ran' });
}
