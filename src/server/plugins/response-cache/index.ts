import { Counter, Gauge, Registry } from 'prom-client';
import { flag, integer } from '../../config/read-config';
import type { CacheResultListener } from './cache-answer';
import type { ApiStep } from '../../http/hooks';
import { cacheStep } from './response-cache-hook';
import { ResponseCache } from './response-cache';

export { ResponseCache } from './response-cache';

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

export interface ResponseCacheFeature {
  /** Once the body is read, before Apollo: hits answered, misses' answers kept. */
  readonly steps: ApiStep[];
}

/**
 * The response cache as a server feature: a step of the API's handling and its metrics in the
 * server's registry (each hit's log line says `cache: "hit"`, see cache-step.ts).
 */
export function responseCacheFeature(settings: ResponseCacheSettings, { registry }: { registry: Registry }): ResponseCacheFeature {
  if (!settings.enabled) return { steps: [] };
  const cache = new ResponseCache(settings);
  const lookups = new Counter({
    name: 'graphql_response_cache_total',
    help: 'Response cache lookups: hit (answered from the cache), miss (answered by Apollo, then kept), bypass (not cacheable).',
    labelNames: ['result'],
    registers: [registry],
  });
  new Gauge({ name: 'graphql_response_cache_entries', help: 'Answers in the response cache.', registers: [registry], collect() { this.set(cache.size); } });
  new Gauge({ name: 'graphql_response_cache_bytes', help: 'Bytes the response cache holds.', registers: [registry], collect() { this.set(cache.bytes); } });

  const onResult: CacheResultListener = (result, _request, res) => {
    lookups.inc({ result });
    res.setHeader('X-Cache', result === 'hit' ? 'HIT' : 'MISS');
  };
  return { steps: [cacheStep(cache, { maxAgeSeconds: settings.maxAgeSeconds, onResult })] };
}
