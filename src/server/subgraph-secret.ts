import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

/** The header a router or gateway sends with the shared secret. */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

/**
 * Refuses requests that lack the shared secret: `_entities` and `_service` are for the
 * router, not the public. Compared in constant time, over digests of equal length.
 */
export function requireSubgraphSecret(secret: string): RequestHandler {
  const expected = digest(secret);
  return (req, res, next) => {
    const given = req.get(SUBGRAPH_SECRET_HEADER);
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next();
    res.status(401).json({
      errors: [
        {
          message: `This subgraph answers only its router or gateway: send the shared secret in the ${SUBGRAPH_SECRET_HEADER} header. Clients should query the gateway instead.`,
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();
