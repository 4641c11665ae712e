import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestLogEntry } from '../plugins/observability';

/** A request to the API once its body is read: what the hooks see and may rewrite. */
export interface ApiRequest {
  readonly req: IncomingMessage;
  /** The id the answer, its log line and its errors carry (see plugins/observability/request-id.ts). */
  readonly requestId: string;
  /** What the request's log line will say; a hook that answers the request notes how. */
  readonly log: RequestLogEntry;
  /** Path and query string; a hook may rewrite a GET's (persisted documents do). */
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
 * A hook of the API's HTTP handling around Apollo, as envelop and GraphQL Yoga have them: the
 * HTTP-level counterpart of an Apollo plugin, for work that must happen (or answer) before
 * Apollo parses anything. The API handler runs every onRequest in order, every beforeGraphQL in order, then Apollo, then
 * every onResponse in order.
 */
export interface HttpHook {
  /** Names the hook in code and traces: "response-cache", "persisted-documents". */
  readonly name: string;
  /** Once the body is read, before Apollo: answers the request itself (and returns true), or lets it go on. */
  onRequest?(request: ApiRequest, res: ServerResponse): boolean;
  /**
   * Once no onRequest has answered, before Apollo: may hold the request back a while (the fair
   * shares do), and may answer it itself (and return true).
   */
  beforeGraphQL?(request: ApiRequest, res: ServerResponse): Promise<boolean>;
  /** Once Apollo has answered, before the answer is sent (headers may still be set). */
  onResponse?(request: ApiRequest, answer: ApiAnswer, res: ServerResponse): void;
}
