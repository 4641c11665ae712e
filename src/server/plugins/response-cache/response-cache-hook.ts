import type { ApiRequest, ApiStep } from '../../http/hooks';
import { CacheResultListener, cacheKeyOf, mayAnswerFromCache, sendCachedAnswer } from './cache-answer';
import type { ResponseCache } from './response-cache';

export interface CacheStepOptions {
  /** How long clients and CDNs may keep a GET answer, in seconds. */
  readonly maxAgeSeconds: number;
  readonly onResult: CacheResultListener;
}

const INTERNAL_ERROR = '"INTERNAL_SERVER_ERROR"';

/**
 * Answers repeated requests from the cache, before any GraphQL work: no parsing, no
 * validation, no execution, no serialisation. Misses go on to Apollo, and their 200
 * answers are kept.
 */
export function cacheStep(cache: ResponseCache, { maxAgeSeconds, onResult }: CacheStepOptions): ApiStep {
  // The key of each miss, for keeping its answer once Apollo has given it.
  const missKeys = new WeakMap<ApiRequest, string>();
  return {
    before(request, res) {
      const { req } = request;
      const key = mayAnswerFromCache(req) ? cacheKeyOf(request) : undefined;
      if (key === undefined) {
        onResult('bypass', request, res);
        return false;
      }
      const cached = cache.get(key);
      if (cached) {
        onResult('hit', request, res);
        request.log.answeredFromCache(cached.operation);
        sendCachedAnswer(cached, req, res, maxAgeSeconds);
        return true;
      }
      onResult('miss', request, res);
      missKeys.set(request, key);
      return false;
    },
    answered(request, { status, body }, res) {
      const key = missKeys.get(request);
      // Only whole successes: an unexpected failure's answer names its own request id.
      if (key === undefined || status !== 200 || body.includes(INTERNAL_ERROR)) return;
      const contentType = String(res.getHeader('content-type') ?? 'application/json; charset=utf-8');
      const stored = cache.set(key, status, contentType, Buffer.from(body), request.log.summary());
      if (!stored) return;
      res.setHeader('ETag', stored.etag);
      if (request.req.method === 'GET') res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
    },
  };
}
