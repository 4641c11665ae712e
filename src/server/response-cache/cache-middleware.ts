import type { Request, RequestHandler } from 'express';
import { CacheResultListener, cacheKeyOf, mayAnswerFromCache, sendCachedAnswer } from './cache-answer';
import type { ResponseCache } from './response-cache';

export interface CacheMiddlewareOptions {
  /** How long clients and CDNs may keep a GET answer, in seconds. */
  readonly maxAgeSeconds: number;
  readonly onResult: CacheResultListener;
}

/** The raw body as it came, kept by the JSON parser (express.json's `verify`) or the fast lane. */
export interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

const INTERNAL_ERROR = Buffer.from('"INTERNAL_SERVER_ERROR"');

/**
 * Answers repeated requests from the cache, before any GraphQL work: no parsing, no
 * validation, no execution, no serialisation. Misses go on to Apollo and their 200 answers
 * are kept. Requests the fast lane (fast-lane.ts) passes on come here: misses, and browsers' requests.
 */
export function cacheMiddleware(cache: ResponseCache, { maxAgeSeconds, onResult }: CacheMiddlewareOptions): RequestHandler {
  return (req: RawBodyRequest, res, next) => {
    const key = cacheKeyOf(req, req.originalUrl, req.rawBody);
    if (key === undefined || !mayAnswerFromCache(req)) {
      onResult('bypass', req, res);
      return next();
    }
    const cached = cache.get(key);
    if (cached) {
      onResult('hit', req, res);
      sendCachedAnswer(cached, req, res, maxAgeSeconds);
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
