import type { IncomingMessage, ServerResponse } from 'node:http';
import { CacheResultListener, cacheKeyOf, mayAnswerFromCache, sendCachedAnswer } from './cache-answer';
import type { ResponseCache } from './response-cache';

/** Runs on every request before Express: answers it, or passes it on with `next`. */
export type FrontHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface FastLaneOptions {
  readonly cache: ResponseCache;
  readonly maxAgeSeconds: number;
  readonly onResult: CacheResultListener;
}

/** What the fast lane needs to know of the server it stands in front of. */
export interface FastLaneServer {
  /** Whether the API is open (ready, not starting or draining): only then are hits answered here. */
  readonly isOpen: () => boolean;
  /** The largest body Express would accept; larger ones pass on unread, for its 413. */
  readonly bodyLimitBytes: number;
}

/** A body Express has already been given by the fast lane, as body-parser would leave it. */
export interface PreReadRequest extends IncomingMessage {
  rawBody?: Buffer;
  body?: unknown;
  /** Why the pre-read body is not a JSON object, in body-parser's terms (answered as 400). */
  preReadBodyError?: Error & { type: string; status: number };
}

/**
 * Answers cache hits at the node:http level, before Express: a hit costs a hash lookup and
 * a write, not a router, middleware and a body parser. It takes only the requests whose
 * rules it can apply exactly as the full path would: /graphql on an open server, without
 * an Origin (browsers go the full way, for CORS), a GET with a CSRF preflight header, or a
 * POST of UTF-8 JSON with a Content-Length within the body limit. Anything else, and every
 * miss, goes on to Express; a miss's body, read here, goes with it already parsed.
 */
export function cacheFastLane({ cache, maxAgeSeconds, onResult }: FastLaneOptions, server: FastLaneServer): FrontHandler {
  const answerHit = (req: IncomingMessage, res: ServerResponse, key: string | undefined): boolean => {
    const cached = key === undefined ? undefined : cache.get(key);
    if (!cached) return false;
    onResult('hit', req, res);
    // As CORS middleware does on the full path: shared caches keep browsers' answers apart.
    res.setHeader('Vary', 'Origin');
    sendCachedAnswer(cached, req, res, maxAgeSeconds);
    return true;
  };
  return (req, res, next) => {
    if (!server.isOpen() || req.headers.origin !== undefined) return next();
    if (req.method === 'GET' && req.url?.startsWith('/graphql?') && mayAnswerFromCache(req)) {
      if (!answerHit(req, res, cacheKeyOf(req, req.url, undefined))) next();
      return;
    }
    if (req.method !== 'POST' || req.url !== '/graphql' || !isPlainJsonWithin(req, server.bodyLimitBytes)) return next();
    readBody(req).then(
      (body) => {
        if (answerHit(req, res, cacheKeyOf(req, req.url!, body))) return;
        handOverBody(req, body);
        next();
      },
      // The client went away (or timed out) mid-body: nobody is left to answer.
      () => req.destroy(),
    );
  };
}

const JSON_TYPE = /^application\/(json|graphql-response\+json)\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** JSON in UTF-8, not compressed, of a declared length within the limit. */
function isPlainJsonWithin(req: IncomingMessage, limitBytes: number): boolean {
  const length = Number(req.headers['content-length']);
  const encoding = req.headers['content-encoding'];
  return (
    Number.isInteger(length) &&
    length <= limitBytes &&
    (encoding === undefined || encoding.toLowerCase() === 'identity') &&
    JSON_TYPE.test(req.headers['content-type'] ?? '')
  );
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once('error', reject);
    req.once('close', () => (req.complete ? undefined : reject(new Error('request closed before its body arrived'))));
  });
}

/**
 * Leaves the body as body-parser's strict JSON parser would: `rawBody` kept for the cache
 * key, `body` parsed (an empty body is {}), or the reason it is not a JSON object or array.
 * body-parser sees the request stream finished and leaves it alone.
 */
function handOverBody(req: PreReadRequest, body: Buffer): void {
  req.rawBody = body;
  const text = body.toString('utf8');
  const first = /^[ \t\n\r]*(.)/s.exec(text)?.[1];
  try {
    if (text.length === 0) req.body = {};
    else if (first === undefined) throw new SyntaxError('Unexpected end of JSON input');
    else if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token '${first}': a request body is a JSON object`);
    else req.body = JSON.parse(text);
  } catch (error) {
    req.preReadBodyError = Object.assign(error as Error, { type: 'entity.parse.failed', status: 400 });
  }
}
