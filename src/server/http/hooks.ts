import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestLogEntry } from '../plugins/observability';

/** A request to the API once its body is read: what the steps see and may rewrite. */
export interface ApiRequest {
  readonly req: IncomingMessage;
  /** The id the answer, its log line and its errors carry (see observability/request-id.ts). */
  readonly requestId: string;
  /** What the request's log line will say; a step that answers the request notes how. */
  readonly log: RequestLogEntry;
  /** Path and query string; a step may rewrite a GET's (persisted documents do). */
  url: string;
  /** The parsed JSON body of a POST, parsed on first use; undefined for a GET. */
  readonly body: unknown;
  /** The body's bytes as they came (the response cache keys on them). */
  readonly rawBody: Buffer | undefined;
}

/** Apollo's answer, before it is sent. */
export interface ApiAnswer {
  readonly status: number;
  readonly body: string;
}

/**
 * A step of the API's HTTP handling between reading the body and running Apollo, the way
 * Apollo's plugins are steps of its request pipeline: persisted documents, the response cache.
 */
export interface ApiStep {
  /** Before Apollo: answers the request itself (and returns true), or lets it go on. */
  before(request: ApiRequest, res: ServerResponse): boolean;
  /** Once Apollo has answered, before the answer is sent (headers may still be set). */
  answered?(request: ApiRequest, answer: ApiAnswer, res: ServerResponse): void;
}
