import express, { RequestHandler } from 'express';
import type { Lifecycle } from './lifecycle';

/** A GET route beside the API (e.g. `/metrics`). */
export interface Route {
  readonly path: string;
  readonly handler: RequestHandler;
}

export interface StatusRoutesOptions {
  readonly lifecycle: Lifecycle;
  /** Routes beside `/health` and `/ready`. */
  readonly routes?: readonly Route[];
}

/**
 * The HTTP surface beside the API, the same for every server: `/health` (alive, in every
 * state), `/ready` (200 only when ready), and the server's own routes. The API is served
 * apart (api-handler.ts; Express only for the gateway's).
 */
export function createStatusRoutes({ lifecycle, routes = [] }: StatusRoutesOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', lifecycle.health);
  app.get('/ready', lifecycle.readiness);
  for (const { path, handler } of routes) app.get(path, handler);
  return app;
}
