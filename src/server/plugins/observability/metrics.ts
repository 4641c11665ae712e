import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** How a GraphQL request ended: no errors, only errors the client can fix, refused while starting or stopping (503) or a subgraph that did not answer (SUBGRAPH_UNAVAILABLE), or a failure of ours. */
export type Outcome = 'success' | 'client_error' | 'unavailable' | 'internal_error';

/** Latency buckets, in seconds, for an in-memory API: most answers take a few milliseconds. */
export const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2];

/** The label of operations without a name. */
export const ANONYMOUS = 'anonymous';
/** The label of requests refused before an operation was read (413, 415, 503, …). */
export const NO_OPERATION = 'none';
/** The label of every value past a label's cap (and of values that do not look like names). */
export const OTHER = 'other';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Label values a client controls (operation names) must not grow without bound: each new
 * value is a new time series. The first `max` distinct names keep their own label; later
 * ones, and anything that is not a plausible GraphQL name, share `other`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  of(value: string): string {
    if (!GRAPHQL_NAME.test(value)) return OTHER;
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return OTHER;
    this.seen.add(value);
    return value;
  }
}

let processRegistry: Registry | undefined;

/**
 * prom-client's default metrics (CPU, memory, event loop lag, GC, handles…) describe the
 * process, not one server, and each collection installs observers that are never removed:
 * they are collected once per process, into a registry every server's /metrics includes.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export interface GraphQLMetricsOptions {
  /** The operation names with a label of their own (the manifest's and the examples'); any other is `other`. */
  readonly knownOperations: ReadonlySet<string>;
}

/** One observation: what the logging plugin knows once a response is ready, or the request log of a refusal. */
export interface RequestObservation {
  /** The operation's name, or null when it has none (or none was resolved); undefined when none was read. */
  readonly operationName: string | null | undefined;
  readonly outcome: Outcome;
  readonly durationSeconds: number;
  /** The code of each error answered, in order (duplicates count each time). */
  readonly errorCodes: readonly string[];
}

/**
 * A server's GraphQL metrics, in a registry of its own (never prom-client's global one),
 * so that several servers in one process, as in tests, each count their own requests.
 */
export class GraphQLMetrics {
  /** This server's metrics and the process's, in the Prometheus text format. */
  readonly registry: Registry;
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;
  private readonly errors: Counter<'operation' | 'code'>;
  private readonly knownOperations: ReadonlySet<string>;
  private readonly codes = new BoundedLabel(50);

  constructor({ knownOperations }: GraphQLMetricsOptions) {
    const own = new Registry();
    this.knownOperations = knownOperations;
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations executed, and requests refused before one was read (operation "none"), by operation name and outcome (success, client_error, unavailable, internal_error); answers from the response cache count in graphql_response_cache_total.',
      labelNames: ['operation', 'outcome'],
      registers: [own],
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its response being ready (for a refused request: to its answer), by operation name.',
      labelNames: ['operation'],
      buckets: DURATION_BUCKETS,
      registers: [own],
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in GraphQL responses, by error code and operation name.',
      labelNames: ['operation', 'code'],
      registers: [own],
    });
    this.registry = Registry.merge([processMetrics(), own]);
  }

  /**
   * The label an operation name gets: its name when the service knows it (an operation of the
   * trusted-documents manifest or of schema/operations/), `anonymous`, `none` (not read), or
   * `other`. Names clients choose never become labels: 300 junk names once pushed every real
   * operation into `other` for the life of the process.
   */
  operationLabel(operationName: string | null | undefined): string {
    if (operationName === undefined) return NO_OPERATION;
    if (operationName === null) return ANONYMOUS;
    return this.knownOperations.has(operationName) ? operationName : OTHER;
  }

  observe({ operationName, outcome, durationSeconds, errorCodes }: RequestObservation): void {
    const operation = this.operationLabel(operationName);
    this.requests.inc({ operation, outcome });
    this.duration.observe({ operation }, durationSeconds);
    for (const code of errorCodes) this.errors.inc({ operation, code: this.codes.of(code) });
  }

  /** GET /metrics: the registry in the Prometheus text exposition format. */
  readonly handler: RequestHandler = async (_req, res) => {
    const text = await this.registry.metrics();
    res.set('Content-Type', this.registry.contentType).set('Cache-Control', 'no-store').send(text);
  };
}
