import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sizeInBytes } from '../config';
import { JSON_MEDIA_TYPES } from './errors';

/** A request body, read: the bytes as they came and the parsed JSON. */
export interface ReadBody {
  readonly rawBody: Buffer;
  /** The parsed JSON; throws UnparsableBody when the bytes are not a JSON object or array. */
  readonly body: unknown;
}

/** A body that is not JSON (or not an object or array), found when it is first parsed. */
export class UnparsableBody extends Error {
  readonly type = 'entity.parse.failed';
  readonly status = 400;
}

export interface JsonBodyReader {
  /** Reads a POST's JSON body; rejects with body-parser's errors (see http-errors.ts's answerBodyError). */
  read(req: IncomingMessage, res: ServerResponse): Promise<ReadBody>;
}

/**
 * Reads JSON request bodies within `limit` ("100kb", body-parser's notation). The common case, UTF-8 JSON of a declared
 * length within the limit, is read and parsed directly; anything else (compressed, another
 * charset, no length, too long) goes through body-parser, whose checks and errors it shares:
 * an empty body is {}, a body that is not a JSON object or array is refused.
 */
export function jsonBodyReader(limit: string): JsonBodyReader {
  const limitBytes = sizeInBytes(limit);
  // body-parser hands the bytes it read to `verify`, and the parsed body as req.body.
  const rawBodies = new WeakMap<IncomingMessage, Buffer>();
  const bodyParser = express.json({ limit, type: JSON_MEDIA_TYPES, verify: (req, _res, body) => rawBodies.set(req, body) });
  const parseWithBodyParser = (req: IncomingMessage, res: ServerResponse) =>
    new Promise<ReadBody>((resolve, reject) => {
      bodyParser(req as express.Request, res as express.Response, (error?: unknown) => {
        if (error) return reject(error as Error);
        resolve({ rawBody: rawBodies.get(req) ?? Buffer.alloc(0), body: (req as IncomingMessage & { body?: unknown }).body ?? {} });
      });
    });
  return {
    read: (req, res) => (isPlainJsonWithin(req, limitBytes) ? readPlainJson(req) : parseWithBodyParser(req, res)),
  };
}

const PLAIN_JSON_TYPE = /^application\/(json|graphql-response\+json)\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** JSON in UTF-8, not compressed, of a declared length within the limit. */
function isPlainJsonWithin(req: IncomingMessage, limitBytes: number): boolean {
  const length = Number(req.headers['content-length']);
  const encoding = req.headers['content-encoding'];
  return (
    Number.isInteger(length) &&
    length <= limitBytes &&
    (encoding === undefined || encoding.toLowerCase() === 'identity') &&
    PLAIN_JSON_TYPE.test(req.headers['content-type'] ?? '')
  );
}

async function readPlainJson(req: IncomingMessage): Promise<ReadBody> {
  const rawBody = await readBytes(req);
  let parsed: { value: unknown } | undefined;
  return {
    rawBody,
    // Parsed on first use: a response cache hit, keyed on the bytes, never needs it.
    get body() {
      parsed ??= { value: parseStrictJson(rawBody.toString('utf8')) };
      return parsed.value;
    },
  };
}

/** The body's bytes; a client that goes away mid-body fails it as body-parser would (400, request.aborted). */
function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const aborted = (cause?: Error) => reject(Object.assign(new Error('request aborted', { cause }), { type: 'request.aborted', status: 400 }));
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once('error', aborted);
    req.once('close', () => (req.complete ? undefined : aborted()));
  });
}

/** As body-parser's strict JSON parser: an empty body is {}, and only objects and arrays pass. */
function parseStrictJson(text: string): unknown {
  if (text.length === 0) return {};
  const first = /^[ \t\n\r]*(.)/s.exec(text)?.[1];
  if (first === undefined) throw new UnparsableBody('Unexpected end of JSON input');
  if (first !== '{' && first !== '[') throw new UnparsableBody(`Unexpected token '${first}': a request body is a JSON object`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UnparsableBody((error as Error).message);
  }
}
