import { Counter, Gauge, type Registry } from 'prom-client';
import type { ResponseCacheConfig } from '../../config';
import type { ApiRequest, HttpHook } from '../../http/hooks';
import { type CacheResult, cacheKeyOf, mayAnswerFromCache, sendCachedAnswer, VARY } from './cache-answer';
import { ResponseCache } from './response-cache';

export interface ResponseCacheHookOptions {
  /** The cache's bounds and GET answers' max-age (RESPONSE_CACHE_…, CACHE_MAX_AGE_SECONDS; defaults in config/settings.ts). */
  readonly config: ResponseCacheConfig;
  /** The server's metrics registry, where the cache's counters and gauges go. */
  readonly registry: Registry;
  /**
   * The version of the corpus a request is answered from (the one it is pinned to), and what
   * else of the corpus an answer may say (its rejected files): part of every key, and the
   * version part of every entity tag, so that no answer of an earlier version is served again.
   */
  readonly corpusOf: (request: ApiRequest) => { readonly version: string; readonly cacheKey: string };
  /**
   * How long an answer is kept, in milliseconds; by default until evicted. The gateway's answers
   * come from subgraphs whose corpus it cannot see, so it keeps them only so long.
   */
  readonly ttlMs?: number;
  /** Error codes whose answers are never kept (beyond INTERNAL_SERVER_ERROR): the gateway's SUBGRAPH_UNAVAILABLE. */
  readonly uncacheableCodes?: readonly string[];
}

/**
 * Answers repeated requests from the cache, before any GraphQL work: no parsing, no
 * validation, no execution, no serialisation. Misses go on to Apollo, and their 200 answers
 * are kept. Each lookup shows in the X-Cache header and the metrics, each hit in its log line
 * (`cache: "hit"`). None when the cache is off.
 */
export function responseCacheHook({ config, registry, corpusOf, ttlMs, uncacheableCodes = [] }: ResponseCacheHookOptions): HttpHook | undefined {
  if (!config.enabled) return undefined;
  const { maxAgeSeconds } = config;
  const cache = new ResponseCache({ ...config, ttlMs });
  // An answer with one of these codes names a failure of its own moment (and request id): never kept.
  const failures = ['INTERNAL_SERVER_ERROR', ...uncacheableCodes].map((code) => JSON.stringify(code));
  const noteResult = cacheMetrics(cache, registry);
  // The key and corpus version of each miss, for keeping its answer once Apollo has given it.
  const missKeys = new WeakMap<ApiRequest, { key: string; version: string }>();
  return {
    name: 'response-cache',
    onRequest(request, res) {
      const { req } = request;
      const requestKey = mayAnswerFromCache(req) ? cacheKeyOf(request) : undefined;
      if (requestKey === undefined) {
        noteResult('bypass', res);
        return false;
      }
      const { version, cacheKey } = corpusOf(request);
      const key = `${cacheKey} ${requestKey}`;
      const cached = cache.get(key);
      if (cached) {
        noteResult('hit', res);
        request.log.answeredFromCache(cached.operation);
        sendCachedAnswer(cached, req, res, maxAgeSeconds);
        return true;
      }
      noteResult('miss', res);
      missKeys.set(request, { key, version });
      return false;
    },
    onResponse(request, { status, body }, res) {
      const miss = missKeys.get(request);
      // Only whole successes: an unexpected failure's answer names its own request id.
      if (miss === undefined || status !== 200 || failures.some((failure) => body.includes(failure))) return;
      const contentType = String(res.getHeader('content-type') ?? 'application/json; charset=utf-8');
      const stored = cache.set(miss.key, status, contentType, Buffer.from(body), request.log.summary(), miss.version);
      if (!stored) return;
      res.setHeader('ETag', stored.etag);
      res.setHeader('Vary', VARY);
      if (request.req.method === 'GET') res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
    },
  };
}

/** The cache's metrics in the server's registry; returns what notes each lookup (and its X-Cache header). */
function cacheMetrics(cache: ResponseCache, registry: Registry): (result: CacheResult, res: { setHeader(name: string, value: string): unknown }) => void {
  const lookups = new Counter({
    name: 'graphql_response_cache_total',
    help: 'Response cache lookups: hit (answered from the cache), miss (answered by Apollo, then kept), bypass (not cacheable).',
    labelNames: ['result'],
    registers: [registry],
  });
  new Gauge({
    name: 'graphql_response_cache_entries',
    help: 'Answers in the response cache.',
    registers: [registry],
    collect() {
      this.set(cache.size);
    },
  });
  new Gauge({
    name: 'graphql_response_cache_bytes',
    help: 'Bytes the response cache holds.',
    registers: [registry],
    collect() {
      this.set(cache.bytes);
    },
  });
  return (result, res) => {
    lookups.inc({ result });
    res.setHeader('X-Cache', result === 'hit' ? 'HIT' : 'MISS');
  };
}
