import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './errors';

export type LifecycleState = 'starting' | 'ready' | 'draining';

/**
 * Where the server stands: starting (corpus loading), ready (serving), draining (stopping).
 * `/health` says the process is alive in every state; `/ready` only when ready, so a load
 * balancer sends traffic only to a server with its whole corpus loaded, and stops sending
 * once it drains. The API refuses requests only while starting: a draining server answers
 * every request that still reaches it (servers/drain.ts).
 */
export class Lifecycle {
  private current: LifecycleState = 'starting';

  get state(): LifecycleState {
    return this.current;
  }

  ready(): void {
    if (this.current === 'starting') this.current = 'ready';
  }

  drain(): void {
    this.current = 'draining';
  }

  readonly health: RequestHandler = (_req, res) => {
    res.json({ status: 'ok', state: this.current });
  };

  readonly readiness: RequestHandler = (_req, res) => {
    res.status(this.current === 'ready' ? 200 : 503).json({ status: this.current === 'ready' ? 'ready' : this.current });
  };

  /** Refuses requests while the corpus loads: 503 with a GraphQL-style error. Returns whether it refused. */
  readonly refuseUnlessReady = (_req: IncomingMessage, res: ServerResponse): boolean => {
    if (this.current !== 'starting') return false;
    const message = 'The server is starting: the corpus is still loading. Try again in a few seconds.';
    sendError(res, 503, message, 'SERVICE_UNAVAILABLE', { 'Retry-After': '5', Connection: 'close' });
    return true;
  };
}
