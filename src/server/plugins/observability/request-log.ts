import type { HTTPGraphQLRequest } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { loggedOperationName } from './logged-client-text';
import type { Logger } from './logger';
import type { GraphQLMetrics, Outcome } from './metrics';

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';
/** The gateway's code for a subgraph that did not answer: the service is unavailable, not the client at fault. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

const NO_CODES: readonly string[] = [];

/** The code of each error answer sent outside Apollo (refusals), for its request's log line: rare, so kept aside. */
const answeredCodes = new WeakMap<ServerResponse, string>();

/** Notes the error code a refusal answered a request with (see http-errors.ts's sendError). */
export function noteAnsweredError(res: ServerResponse, code: string): void {
  answeredCodes.set(res, code);
}

/** What a log line says of the operation Apollo ran for a request (the response cache keeps it with the answer). */
export interface OperationSummary {
  readonly operationName: string | null;
  readonly outcome: Outcome;
  readonly errorCodes: readonly string[];
}

/** How an answer ended, from its error codes and status, when no operation says so. */
export function outcomeOf(errorCodes: readonly string[], status: number): Outcome {
  if (errorCodes.includes(INTERNAL_SERVER_ERROR)) return 'internal_error';
  if (status === 503 || errorCodes.includes(SUBGRAPH_UNAVAILABLE)) return 'unavailable';
  return errorCodes.length > 0 || status >= 400 ? 'client_error' : 'success';
}

/**
 * One request's log line, filled in as the request goes: by the API handler (the answer's
 * status, its code when the handler or a refusal answered), by the request-log plugin (the
 * operation Apollo ran), by the response cache (a hit). Written once, when the response closes.
 */
export class RequestLogEntry {
  readonly started = performance.now();
  /** undefined until an operation is read: the request was refused before GraphQL. */
  operationName: string | null | undefined = undefined;
  outcome: Outcome | undefined = undefined;
  errorCodes: readonly string[] = NO_CODES;
  /** How many operations Apollo ran (more than one in a batch). */
  operations = 0;
  /** The names of a batch's operations, as they answered (they run concurrently). */
  batchNames: (string | null)[] | undefined = undefined;
  refusedBeforeParsing: true | undefined = undefined;
  cache: 'hit' | undefined = undefined;

  constructor(
    readonly requestId: string,
    readonly method: string | undefined,
  ) {}

  /** An operation Apollo ran, or refused before parsing; each of a batch adds its name, its codes and its worst outcome. */
  operation(summary: OperationSummary, refusedBeforeParsing = false): void {
    if (this.operations++ === 0) this.operationName = summary.operationName;
    else (this.batchNames ??= [this.operationName ?? null]).push(summary.operationName);
    this.errorCodes = this.errorCodes.length === 0 ? summary.errorCodes : [...this.errorCodes, ...summary.errorCodes];
    this.outcome = worse(this.outcome, summary.outcome);
    if (refusedBeforeParsing) this.refusedBeforeParsing = true;
  }

  /** An answer from the response cache: what the operation answered when it ran. */
  answeredFromCache(summary: OperationSummary): void {
    this.cache = 'hit';
    this.operationName = summary.operationName;
    this.outcome = summary.outcome;
    this.errorCodes = summary.errorCodes;
  }

  /** An error answer that no operation explains (a refusal, Apollo's own HTTP checks): its codes. */
  answeredErrors(errorCodes: readonly string[], status: number): void {
    this.errorCodes = errorCodes;
    this.outcome = outcomeOf(errorCodes, status);
  }

  /** What the response cache keeps with an answer, for the log lines of its hits. */
  summary(): OperationSummary {
    return { operationName: this.operationName ?? null, outcome: this.outcome ?? 'success', errorCodes: this.errorCodes };
  }
}

const SEVERITY: Record<Outcome, number> = { success: 0, client_error: 1, unavailable: 2, internal_error: 3 };

function worse(a: Outcome | undefined, b: Outcome): Outcome {
  return a === undefined || SEVERITY[b] > SEVERITY[a] ? b : a;
}

/** Apollo's view of the HTTP request, carrying the request's log entry to the request-log plugin. */
export interface LoggedHTTPGraphQLRequest extends HTTPGraphQLRequest {
  readonly requestLog?: RequestLogEntry;
}

export interface RequestLogOptions {
  readonly logger: Logger;
  /** Counts requests no operation was run for (refusals); the request-log plugin counts operations. */
  readonly metrics?: GraphQLMetrics;
}

/**
 * A JSON line for every request to the API, refusals included, when its response closes:
 * request id, method, HTTP status, the answer's error codes (`code`: the first), duration,
 * outcome, and the operation's name when one was read.
 */
export class RequestLog {
  constructor(private readonly options: RequestLogOptions) {}

  start(req: IncomingMessage, res: ServerResponse, requestId: string): RequestLogEntry {
    const entry = new RequestLogEntry(requestId, req.method);
    res.on('close', () => this.write(entry, res)); // 'close' comes once, after the answer or when the client goes away
    return entry;
  }

  private write(entry: RequestLogEntry, res: ServerResponse): void {
    const durationMs = performance.now() - entry.started;
    const refusal = entry.errorCodes.length === 0 ? answeredCodes.get(res) : undefined;
    if (refusal !== undefined) entry.answeredErrors([refusal], res.statusCode);
    const aborted = !res.writableFinished;
    const httpStatus = aborted && !res.headersSent ? null : res.statusCode;
    // A client that went away before any answer was made: its doing, not a success.
    const outcome = entry.outcome ?? (httpStatus === null ? 'client_error' : outcomeOf(entry.errorCodes, res.statusCode));
    if (entry.operations === 0 && entry.cache === undefined) {
      // Apollo's plugin counted every operation it ran; this counts the requests refused before any.
      this.options.metrics?.observe({ operationName: undefined, outcome, durationSeconds: durationMs / 1000, errorCodes: entry.errorCodes });
    }
    this.options.logger.info(
      {
        requestId: entry.requestId,
        method: entry.method,
        operationName: entry.batchNames ? null : loggedOperationName(entry.operationName),
        durationMs: Math.round(durationMs * 1000) / 1000,
        outcome,
        code: entry.errorCodes[0] ?? null,
        errorCodes: entry.errorCodes.length > 1 ? [...new Set(entry.errorCodes)] : entry.errorCodes,
        httpStatus,
        operations: entry.batchNames?.length,
        operationNames: entry.batchNames?.map(loggedOperationName).sort(),
        cache: entry.cache,
        refusedBeforeParsing: entry.refusedBeforeParsing,
        aborted: aborted || undefined,
      },
      'graphql request',
    );
  }
}

/** The error codes of a GraphQL-style JSON answer (Apollo's own refusals); none when it is not one. */
export function errorCodesOfBody(body: string): string[] {
  try {
    const { errors } = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return Array.isArray(errors) ? errors.map((error) => codeOf(error?.extensions?.code)) : [];
  } catch {
    return [];
  }
}

export function codeOf(code: unknown): string {
  return typeof code === 'string' && code !== '' ? code : INTERNAL_SERVER_ERROR;
}
