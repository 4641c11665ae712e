import type { RequestHandler } from 'express';
import { Counter, Gauge, Registry } from 'prom-client';
import { flag, integer } from '../config';
import type { Logger } from '../observability';
import { requestIdOf } from '../observability';
import { CacheResult, cacheMiddleware } from './cache-middleware';
import { ResponseCache } from './response-cache';

export { ResponseCache } from './response-cache';
export type { RawBodyRequest } from './cache-middleware';

export interface ResponseCacheSettings {
  readonly enabled: boolean;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  readonly maxAgeSeconds: number;
}

/** RESPONSE_CACHE (on unless 0), RESPONSE_CACHE_MAX_MB, RESPONSE_CACHE_MAX_ENTRY_KB, CACHE_MAX_AGE_SECONDS. */
export function readResponseCacheSettings(env: NodeJS.ProcessEnv): ResponseCacheSettings {
  return {
    enabled: env.RESPONSE_CACHE === undefined || env.RESPONSE_CACHE === '' ? true : flag(env, 'RESPONSE_CACHE'),
    maxBytes: integer(env, 'RESPONSE_CACHE_MAX_MB', 64, 1, 65_536) * 2 ** 20,
    maxEntryBytes: integer(env, 'RESPONSE_CACHE_MAX_ENTRY_KB', 1_024, 1) * 2 ** 10,
    maxAgeSeconds: integer(env, 'CACHE_MAX_AGE_SECONDS', 300, 0),
  };
}

/**
 * The response cache as a server feature: the middleware (after the body is parsed), its
 * metrics in the server's registry, and a log line for each answer served from it (Apollo,
 * which logs the others, never sees these).
 */
export function responseCacheFeature(settings: ResponseCacheSettings, { logger, registry }: { logger: Logger; registry: Registry }): RequestHandler[] {
  if (!settings.enabled) return [];
  const cache = new ResponseCache(settings);
  const lookups = new Counter({
    name: 'graphql_response_cache_total',
    help: 'Response cache lookups: hit (answered from the cache), miss (answered by Apollo, then kept), bypass (not cacheable).',
    labelNames: ['result'],
    registers: [registry],
  });
  new Gauge({ name: 'graphql_response_cache_entries', help: 'Answers in the response cache.', registers: [registry], collect() { this.set(cache.size); } });
  new Gauge({ name: 'graphql_response_cache_bytes', help: 'Bytes the response cache holds.', registers: [registry], collect() { this.set(cache.bytes); } });

  const onResult = (result: CacheResult, req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1]) => {
    lookups.inc({ result });
    res.setHeader('X-Cache', result === 'hit' ? 'HIT' : 'MISS');
    if (result !== 'hit') return;
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId: requestIdOf(req), cache: 'hit', durationMs, httpStatus: res.statusCode }, 'graphql request');
    });
  };
  return [cacheMiddleware(cache, { maxAgeSeconds: settings.maxAgeSeconds, onResult })];
}
