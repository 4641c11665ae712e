import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What an incoming id may look like to be kept: short, and safe in logs, headers and URLs. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives a request its id: the caller's `x-request-id` when it is sane (so that a proxy's or
 * a client's id follows the request), a new UUID otherwise. The response carries it in
 * `x-request-id` (exposed to browsers too).
 */
export function assignRequestIdTo(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  res.appendHeader('Access-Control-Expose-Headers', REQUEST_ID_HEADER);
  return id;
}

const errorRequestIds = new WeakMap<object, string>();

/**
 * Apollo's formatError sees the error but not the request. The logging plugin records each
 * error's request id here (in didEncounterErrors, just before Apollo formats them), without
 * touching the error itself, and the formatter reads it back with `requestIdOfError`.
 */
export function recordErrorRequestId(error: object, requestId: string): void {
  errorRequestIds.set(error, requestId);
}

export function requestIdOfError(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? errorRequestIds.get(error) : undefined;
}
