import type { AbusePayload } from './abuse-payloads';
import type { ExampleOperation } from './example-operations';

/** One request of the soak's round, with what counts as the right answer to it. */
export interface SoakRequest {
  readonly name: string;
  readonly kind: 'example' | 'abuse';
  /** The right answer, for the report: "200 + data", "413". */
  readonly expectation: string;
  readonly method: 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  isExpected(status: number, body: string): boolean;
}

/** How one request of the round was answered, over the whole soak. */
export interface RequestOutcome {
  readonly request: SoakRequest;
  answers: number;
  unexpected: number;
  readonly statuses: Map<number, number>;
  /** The first unexpected answer, to show in the report. */
  firstUnexpected?: { status: number; body: string };
}

/** The example operations must answer 200 with data and no errors; the abuse payloads, their 4xx. */
export function soakRequests(examples: readonly ExampleOperation[], abuse: readonly AbusePayload[]): SoakRequest[] {
  return [
    ...examples.map((operation): SoakRequest => ({
      name: operation.name,
      kind: 'example',
      expectation: '200 + data',
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      isExpected: (status, body) => status === 200 && answeredWithData(body),
    })),
    ...abuse.map((payload): SoakRequest => ({
      name: payload.name,
      kind: 'abuse',
      expectation: String(payload.expectedStatus),
      method: payload.method,
      headers: payload.headers,
      body: payload.body,
      isExpected: (status, body) => status === payload.expectedStatus && refusedWithErrors(body),
    })),
  ];
}

export function newOutcome(request: SoakRequest): RequestOutcome {
  return { request, answers: 0, unexpected: 0, statuses: new Map() };
}

export function recordAnswer(outcome: RequestOutcome, status: number, body: string): void {
  outcome.answers += 1;
  outcome.statuses.set(status, (outcome.statuses.get(status) ?? 0) + 1);
  if (outcome.request.isExpected(status, body)) return;
  outcome.unexpected += 1;
  outcome.firstUnexpected ??= { status, body: body.slice(0, 500) };
}

function parse(body: string): { data?: unknown; errors?: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function answeredWithData(body: string): boolean {
  const answer = parse(body);
  return answer !== undefined && answer.errors === undefined && answer.data !== null && typeof answer.data === 'object';
}

function refusedWithErrors(body: string): boolean {
  const errors = parse(body)?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((error: { message?: unknown }) => typeof error?.message === 'string');
}
