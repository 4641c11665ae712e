import cors from 'cors';
import express, { RequestHandler } from 'express';
import { bodyErrorHandler, requireJsonBody } from './http-errors';
import type { Lifecycle } from './lifecycle';
import type { PreReadRequest, RawBodyRequest } from './response-cache';

/** Keeps the body's bytes as they came: the response cache keys on them. */
const keepRawBody = (req: RawBodyRequest, _res: unknown, body: Buffer) => {
  req.rawBody = body;
};

/** A body the fast lane read and found not to be JSON: the same 400 as body-parser's. */
const forwardPreReadBodyError: RequestHandler = (req, _res, next) => next((req as unknown as PreReadRequest).preReadBodyError);

export interface HttpAppOptions {
  readonly lifecycle: Lifecycle;
  readonly corsOrigins: readonly string[];
  /** The largest request body accepted, in body-parser's notation ("100kb"). */
  readonly bodyLimit: string;
  /** The GraphQL handler, once the server is ready; until then the lifecycle gate answers 503. */
  readonly graphql: () => RequestHandler | undefined;
  /** Extra routes beside the API (e.g. `/metrics`). */
  readonly routes?: ReadonlyArray<{ path: string; handler: RequestHandler }>;
  /** Runs on every /graphql request, before the body is parsed (e.g. request ids). */
  readonly middleware?: readonly RequestHandler[];
  /** Runs after the body is parsed (the response cache, persisted documents). */
  readonly bodyMiddleware?: readonly RequestHandler[];
}

/** The HTTP surface: `/graphql` (POST, and GET for queries), `/health`, `/ready`. */
export function createHttpApp({ lifecycle, corsOrigins, bodyLimit, graphql, routes = [], middleware = [], bodyMiddleware = [] }: HttpAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', lifecycle.health);
  app.get('/ready', lifecycle.readiness);
  for (const { path, handler } of routes) app.get(path, handler);

  app.use(
    '/graphql',
    ...middleware,
    cors({ origin: [...corsOrigins] }),
    lifecycle.gate,
    requireJsonBody,
    forwardPreReadBodyError,
    express.json({ limit: bodyLimit, type: ['application/json', 'application/graphql-response+json'], verify: keepRawBody }),
    ...bodyMiddleware,
    (req, res, next) => graphql()!(req, res, next),
  );
  app.use(bodyErrorHandler(bodyLimit));
  return app;
}
