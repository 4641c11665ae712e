import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiRequest } from '../../http/hooks';
import { negotiatedMediaType } from '../../http/media-type';
import type { CachedResponse } from './response-cache';

export type CacheResult = 'hit' | 'miss' | 'bypass';

/**
 * The cache key: everything that changes the answer. The request itself (the raw body, or
 * the URL of a GET) and the media type the answer is negotiated to; the hook adds the corpus
 * version; the schema and the server's mode are fixed for the life of the process. None when the Accept
 * header allows no media type of an answer: Apollo answers that 406, as it would a miss.
 */
export function cacheKeyOf({ req, url, rawBody }: ApiRequest): string | undefined {
  const mediaType = negotiatedMediaType(req.headers.accept);
  if (mediaType === undefined) return undefined;
  if (req.method === 'GET') return `GET ${mediaType} ${url}`;
  if (req.method === 'POST' && rawBody) return `POST ${mediaType} ${rawBody.toString('utf8')}`;
  return undefined;
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
  if (req.method === 'GET' && req.headers['if-none-match'] === cached.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = cached.status;
  res.setHeader('Content-Type', cached.contentType);
  res.setHeader('Content-Length', cached.body.length);
  res.end(cached.body);
}
