import type { Request, RequestHandler, Response } from 'express';
import { answersGraphQLResponseJson } from '../graphql-over-http';
import type { ResponseCache } from './response-cache';

export type CacheResult = 'hit' | 'miss' | 'bypass';

export interface CacheMiddlewareOptions {
  /** How long clients and CDNs may keep a GET answer, in seconds. */
  readonly maxAgeSeconds: number;
  /** Told of each lookup, for logs and metrics. */
  readonly onResult: (result: CacheResult, req: Request, res: Response) => void;
}

/** The raw body as it came, kept by the JSON parser (express.json's `verify`). */
export interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

/**
 * The cache key: everything that changes the answer. The request itself (the raw body, or
 * the URL of a GET) and the media type the answer is negotiated to; the corpus, the
 * schema and the server's mode are fixed for the life of the process.
 */
export function cacheKeyOf(req: RawBodyRequest): string | undefined {
  const mediaType = answersGraphQLResponseJson(req.get('accept')) ? 'graphql-response+json' : 'json';
  if (req.method === 'GET') return `GET ${mediaType} ${req.originalUrl}`;
  if (req.method === 'POST' && req.rawBody) return `POST ${mediaType} ${req.rawBody.toString('utf8')}`;
  return undefined;
}

const INTERNAL_ERROR = Buffer.from('"INTERNAL_SERVER_ERROR"');

/** Apollo's CSRF prevention lets a GET through only with one of these headers. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * Answers repeated requests from the cache, before any GraphQL work: no parsing, no
 * validation, no execution, no serialisation. Misses go on to Apollo and their 200 answers
 * are kept. GET answers carry Cache-Control and ETag, and a matching If-None-Match gets 304.
 */
export function cacheMiddleware(cache: ResponseCache, { maxAgeSeconds, onResult }: CacheMiddlewareOptions): RequestHandler {
  return (req: RawBodyRequest, res, next) => {
    const key = cacheKeyOf(req);
    // A GET without a preflight header goes to Apollo, whose CSRF prevention refuses it.
    if (key === undefined || (req.method === 'GET' && !PREFLIGHT_HEADERS.some((h) => req.get(h)))) {
      onResult('bypass', req, res);
      return next();
    }
    const cached = cache.get(key);
    if (cached) {
      onResult('hit', req, res);
      if (req.method === 'GET') res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
      res.setHeader('ETag', cached.etag);
      if (req.method === 'GET' && req.get('if-none-match') === cached.etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
      res.statusCode = cached.status;
      res.setHeader('Content-Type', cached.contentType);
      res.setHeader('Content-Length', cached.body.length);
      res.end(cached.body);
      return;
    }
    onResult('miss', req, res);
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.isBuffer(body) ? body : undefined;
      // Only whole successes: an unexpected failure's answer names its own request id.
      if (res.statusCode === 200 && bytes && !bytes.includes(INTERNAL_ERROR)) {
        const contentType = String(res.getHeader('content-type') ?? 'application/json; charset=utf-8');
        const stored = cache.set(key, res.statusCode, contentType, bytes);
        if (stored) res.setHeader('ETag', stored.etag);
        if (stored && req.method === 'GET') res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
      }
      return send(bytes ?? body);
    };
    next();
  };
}
