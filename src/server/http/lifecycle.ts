import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './errors';

export type LifecycleState = 'starting' | 'ready' | 'draining';

/**
 * Where the server stands: starting (corpus loading), ready (serving), draining (stopping).
 * `/health` says the process is alive in every state; `/ready` and the API only when ready,
 * so a load balancer sends traffic only to a server with its whole corpus loaded.
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

  /** Lets requests through only when ready; otherwise answers 503 with a GraphQL-style error. Returns whether it refused. */
  readonly refuseUnlessReady = (_req: IncomingMessage, res: ServerResponse): boolean => {
    if (this.current === 'ready') return false;
    const message =
      this.current === 'starting'
        ? 'The server is starting: the corpus is still loading. Try again in a few seconds.'
        : 'The server is shutting down. Try again: another instance will answer.';
    sendError(res, 503, message, 'SERVICE_UNAVAILABLE', { 'Retry-After': '5', Connection: 'close' });
    return true;
  };
}
