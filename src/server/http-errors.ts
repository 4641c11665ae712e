import type { ErrorRequestHandler, RequestHandler } from 'express';

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
        next(error);
    }
  };
}
