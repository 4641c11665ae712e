import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Duplex } from 'node:stream';

/** A GraphQL-style error body, so that clients parse every failure the same way. */
export function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

const JSON_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * POST bodies must be JSON (the GraphQL over HTTP spec's media type). Anything else is 415,
 * before the body is read; CSRF-prone "simple" types never reach the executor either way.
 */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (JSON_TYPES.includes(type)) return next();
  res
    .status(415)
    .json(
      errorBody(
        `POST requests must send JSON: set Content-Type: application/json and a body like {"query": "{ people { totalCount } }"} (got ${type ? `"${type}"` : 'no Content-Type'})`,
        'UNSUPPORTED_MEDIA_TYPE',
      ),
    );
};

/** Turns body-parser's failures into GraphQL-style errors with the right status. */
export function bodyErrorHandler(limit: string): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, _req, res, next) => {
    switch (error.type) {
      case 'entity.too.large':
        res.status(413).json(errorBody(`The request body is larger than ${limit}; send a smaller query (or a trusted document id)`, 'PAYLOAD_TOO_LARGE'));
        return;
      case 'entity.parse.failed':
        res
          .status(400)
          .json(errorBody(`The body is not valid JSON (${error.message}); send {"query": "…", "variables": {…}}`, 'BAD_REQUEST'));
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        res.status(415).json(errorBody(`${error.message}; send the body as UTF-8 JSON`, 'UNSUPPORTED_MEDIA_TYPE'));
        return;
      default:
        // Any other failure to read the body (a body that does not decompress, …).
        if (error.status !== undefined && error.status >= 400 && error.status < 500) {
          res.status(error.status).json(errorBody(`The request body could not be read (${error.message}); send plain or correctly encoded JSON`, 'BAD_REQUEST'));
          return;
        }
        next(error);
    }
  };
}

const CLIENT_ERROR_STATUS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'The request headers (or the URL) are too large; send the query in a POST body instead of the URL'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request took too long to arrive; send it again'],
};

/**
 * Node's HTTP parser refuses some requests before any handler sees them (an oversized URL or
 * headers, a malformed request line). Its `clientError` hook answers them like every other
 * failure: a status and a GraphQL-style JSON error, rather than a bare status line.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, message] = CLIENT_ERROR_STATUS[error.code ?? ''] ?? [400, 'The request is not valid HTTP'];
  const body = JSON.stringify(errorBody(message, 'BAD_REQUEST'));
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
