import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiRequest } from '../../http/hooks';
import { negotiatedMediaType } from '../../http/media-type';
import type { CachedResponse } from './response-cache';

export type CacheResult = 'hit' | 'miss' | 'bypass';

/**
 * The cache key: everything that changes the answer. The request itself (the URL of a GET, or
 * a POST's bytes together with the charset they are declared in: the same bytes read as UTF-16
 * and as UTF-8 are different requests, and two UTF-16 bodies must not decode to one key) and
 * the media type the answer is negotiated to; the hook adds the corpus version; the schema and
 * the server's mode are fixed for the life of the process. None when the Accept header allows
 * no media type of an answer: Apollo answers that 406, as it would a miss.
 */
export function cacheKeyOf({ req, url, rawBody }: ApiRequest): string | undefined {
  const mediaType = negotiatedMediaType(req.headers.accept);
  if (mediaType === undefined) return undefined;
  if (req.method === 'GET') return `GET ${mediaType} ${url}`;
  // latin1 maps each byte to one character: the key is the bytes, whatever they encode.
  if (req.method === 'POST' && rawBody) return `POST ${mediaType} ${declaredCharset(req.headers['content-type'])} ${rawBody.toString('latin1')}`;
  return undefined;
}

/** The charset a Content-Type declares, lower case; utf-8 when it declares none (JSON's default). */
function declaredCharset(contentType: string | undefined): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
  return charset ? charset.toLowerCase() : 'utf-8';
}

/**
 * What a cacheable answer varies by: the media type negotiated from Accept, and the CORS
 * headers from Origin. Every cacheable answer, hit or miss, says so, for the caches between.
 */
export const VARY = 'Accept, Origin';

/** Whether an If-None-Match header names this entity tag, compared weakly (RFC 9110 §13.1.2): W/ prefixes ignored, `*` matches. */
export function noneMatchNames(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Apollo's CSRF prevention lets a GET through only with one of these headers. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/** A GET without a preflight header goes to Apollo, whose CSRF prevention refuses it. */
export function mayAnswerFromCache(req: IncomingMessage): boolean {
  return req.method !== 'GET' || PREFLIGHT_HEADERS.some((header) => req.headers[header] !== undefined);
}

/** Sends a cached answer: its bytes, or 304 to a GET whose If-None-Match names them. */
export function sendCachedAnswer(cached: CachedResponse, req: IncomingMessage, res: ServerResponse, maxAgeSeconds: number): void {
  if (req.method === 'GET') res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
  res.setHeader('ETag', cached.etag);
  res.setHeader('Vary', VARY);
  if (req.method === 'GET' && noneMatchNames(req.headers['if-none-match'], cached.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = cached.status;
  res.setHeader('Content-Type', cached.contentType);
  res.setHeader('Content-Length', cached.body.length);
  res.end(cached.body);
}
