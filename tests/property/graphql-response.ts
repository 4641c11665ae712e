/**
 * Sends the generated requests and judges the answers: each must be a well-formed GraphQL
 * response (a JSON object with `data` and/or `errors`, errors with string messages) with
 * status 200 or a 4xx, and must not report an internal error.
 */
import type { HttpRequest } from './request-arbitrary';

export interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
}

/** Sends a request; a dropped connection rejects (fetch fails), which fails the property. */
export async function send(url: string, request: HttpRequest): Promise<Answer> {
  const response = await fetch(`${url}${request.search}`, { method: request.method, headers: request.headers, body: request.body });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What is wrong with an answer as a GraphQL response over HTTP; empty when nothing is. */
export function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status !== 200 && !(answer.status >= 400 && answer.status <= 499)) problems.push(`status ${answer.status} (expected 200 or a 4xx)`);
  if (!/^application\/(graphql-response\+)?json\b/.test(answer.contentType ?? '')) problems.push(`content type ${answer.contentType} (expected JSON)`);
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [...problems, 'the body is not JSON'];
  }
  if (!isPlainObject(body)) return [...problems, 'the body is not a JSON object'];
  const unknownKeys = Object.keys(body).filter((key) => !['data', 'errors', 'extensions'].includes(key));
  if (unknownKeys.length > 0) problems.push(`unknown top-level keys ${unknownKeys.join(', ')}`);
  if (!('data' in body) && !('errors' in body)) problems.push('neither data nor errors');
  if ('data' in body && body.data !== null && !isPlainObject(body.data)) problems.push('data is neither an object nor null');
  if ('errors' in body) problems.push(...errorProblems(body.errors));
  else if (!isPlainObject(body.data)) problems.push('no errors, yet no data');
  return problems;
}

function errorProblems(errors: unknown): string[] {
  if (!Array.isArray(errors) || errors.length === 0) return ['errors is not a non-empty list'];
  return errors.flatMap((error: unknown, i) => {
    if (!isPlainObject(error)) return [`errors[${i}] is not an object`];
    const problems: string[] = [];
    if (typeof error.message !== 'string') problems.push(`errors[${i}].message is not a string`);
    if (
      'locations' in error &&
      !(Array.isArray(error.locations) && error.locations.every((l) => isPlainObject(l) && Number.isInteger(l.line) && Number.isInteger(l.column)))
    ) {
      problems.push(`errors[${i}].locations is malformed`);
    }
    if ('path' in error && !(Array.isArray(error.path) && error.path.every((p) => typeof p === 'string' || Number.isInteger(p))))
      problems.push(`errors[${i}].path is malformed`);
    if ('extensions' in error && !isPlainObject(error.extensions)) problems.push(`errors[${i}].extensions is not an object`);
    return problems;
  });
}

/** The error codes of an answer (empty when it is not a JSON object with errors). */
export function errorCodesOf(answer: Answer): string[] {
  try {
    const body = JSON.parse(answer.text) as { errors?: { extensions?: { code?: unknown } }[] };
    return Array.isArray(body.errors) ? body.errors.map((error) => String(error?.extensions?.code)) : [];
  } catch {
    return [];
  }
}
