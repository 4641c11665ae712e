import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { boundClientText } from '../apollo/client-text';
import { noteAnsweredError } from '../plugins/observability/request-log';

/** A GraphQL-style error body, so that clients parse every failure the same way. */
export function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Sends a JSON answer with its status (and any extra headers). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Sends a GraphQL-style error answer, and notes its code for the request's log line; the message quotes at most a short prefix of what the client sent. */
export function sendError(res: ServerResponse, status: number, message: string, code: string, headers: Record<string, string> = {}): void {
  noteAnsweredError(res, code);
  sendJson(res, status, errorBody(boundClientText(message), code), headers);
}

/** The media types a POST body may have (the GraphQL over HTTP spec's, and plain JSON). */
export const JSON_MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];

/** A failure to read a body, in body-parser's terms. */
export interface BodyError {
  readonly type?: string;
  readonly status?: number;
  readonly message?: string;
}

/** Answers body-parser's failures as GraphQL-style errors with the right status. */
export function answerBodyError(error: BodyError, res: ServerResponse, limit: string): void {
  switch (error.type) {
    case 'entity.too.large':
      return sendError(res, 413, `The request body is larger than ${limit}; send a smaller query (or a trusted document id)`, 'PAYLOAD_TOO_LARGE');
    case 'entity.parse.failed':
      return sendError(res, 400, `The body is not valid JSON (${error.message}); send {"query": "…", "variables": {…}}`, 'BAD_REQUEST');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return sendError(res, 415, `${error.message}; send the body as UTF-8 JSON`, 'UNSUPPORTED_MEDIA_TYPE');
    default:
      // Any other failure to read the body (a body that does not decompress, …).
      if (error.status !== undefined && error.status >= 400 && error.status < 500) {
        return sendError(res, error.status, `The request body could not be read (${error.message}); send plain or correctly encoded JSON`, 'BAD_REQUEST');
      }
      throw error;
  }
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
