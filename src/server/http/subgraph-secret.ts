import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './errors';

/** The header a router or gateway sends with the shared secret. */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

/**
 * Refuses requests that lack the shared secret (401), before their body is read:
 * `_entities` and `_service` are for the router, not the public. Compared in constant time,
 * over digests of equal length. Returns whether it refused.
 */
export function refuseWithoutSubgraphSecret(secret: string): (req: IncomingMessage, res: ServerResponse) => boolean {
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
