import express, { RequestHandler } from 'express';
import type { Lifecycle } from './lifecycle';

export interface HttpAppOptions {
  readonly lifecycle: Lifecycle;
  /** Extra routes beside the API (e.g. `/metrics`). */
  readonly routes?: ReadonlyArray<{ path: string; handler: RequestHandler }>;
}

/** The HTTP surface beside the API (api-handler.ts serves `/graphql`): `/health`, `/ready`, and the features' routes. */
export function createHttpApp({ lifecycle, routes = [] }: HttpAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', lifecycle.health);
  app.get('/ready', lifecycle.readiness);
  for (const { path, handler } of routes) app.get(path, handler);
  return app;
}
