import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { JSON_MEDIA_TYPES, sendError } from './errors';

/** Runs before the body is read: answers the request and returns true to refuse it. */
export type Refusal = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * POST bodies must be JSON (the GraphQL over HTTP spec's media type). Anything else is 415,
 * before the body is read; CSRF-prone "simple" types never reach the executor either way.
 */
export const refuseNonJsonPost: Refusal = (req, res) => {
  if (req.method !== 'POST') return false;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (JSON_MEDIA_TYPES.includes(type)) return false;
  sendError(
    res,
    415,
    `POST requests must send JSON: set Content-Type: application/json and a body like {"query": "{ people { totalCount } }"} (got ${type ? `"${type}"` : 'no Content-Type'})`,
    'UNSUPPORTED_MEDIA_TYPE',
  );
  return true;
};

/** The header a router or gateway sends with the shared secret. */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

/**
 * Refuses requests that lack the shared secret (401), before their body is read:
 * `_entities` and `_service` are for the router, not the public. Compared in constant time,
 * over digests of equal length.
 */
export function refuseWithoutSubgraphSecret(secret: string): Refusal {
  const expected = digest(secret);
  return (req, res) => {
    const given = req.headers[SUBGRAPH_SECRET_HEADER];
    if (typeof given === 'string' && timingSafeEqual(digest(given), expected)) return false;
    sendError(
      res,
      401,
      `This subgraph answers only its router or gateway: send the shared secret in the ${SUBGRAPH_SECRET_HEADER} header. Clients should query the gateway instead.`,
      'UNAUTHENTICATED',
    );
    return true;
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();
