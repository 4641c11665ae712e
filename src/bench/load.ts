import autocannon from 'autocannon';

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

export interface LoadOptions {
  readonly url: string;
  /** One body, or several that each connection cycles through (a mix). */
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly durationSeconds: number;
}

/** How many times `b`'s throughput `a` reached, to two places. */
export function throughputRatio(a: LoadResult, b: LoadResult): number {
  return Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(2));
}

/** Drives POST requests at a server with autocannon and sums up what it measured. */
export async function drive({ url, bodies, connections, durationSeconds }: LoadOptions): Promise<LoadResult> {
  const headers = { 'content-type': 'application/json' };
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    method: 'POST',
    headers,
    ...(bodies.length === 1 ? { body: bodies[0] } : { requests: bodies.map((body) => ({ method: 'POST' as const, headers, body })) }),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
