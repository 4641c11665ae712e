import { boundClientText, clipClientText } from '../../apollo/client-text';

/**
 * What a request's log lines may carry of the client's text (issue 18): the same cut as its
 * answers (apollo/client-text.ts), so that one request cannot write a 100 KB line (a
 * 50,000-character operation name, an error quoting a 90 KB value).
 */

/** An operation name as logged: null when there is none, cut when long. */
export function loggedOperationName(operationName: string | null | undefined): string | null {
  return operationName === null || operationName === undefined ? null : clipClientText(operationName);
}

/** How deep into an error's own fields (a GraphQL error's extensions, a subgraph's response) texts are bounded. */
const MAX_DEPTH = 4;

/**
 * An error of a request, for pino's `err`: a copy of the same class whose message, stack
 * heading and texts in its fields are bounded; the stack's frames are kept. Anything that
 * is not an error is bounded as it is.
 */
export function loggedError(error: unknown): unknown {
  return bounded(error, 0);
}

/** A logged value (a subgraph's response, a GraphQL message) with each text in it bounded. */
export function loggedClientValue(value: unknown): unknown {
  return bounded(value, 0);
}

function bounded(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return boundClientText(value);
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => bounded(item, depth + 1));
  if (value instanceof Error) return boundedError(value, depth);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bounded(item, depth + 1)]));
}

function boundedError(error: Error, depth: number): Error {
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  for (const [key, item] of Object.entries(error)) (copy as unknown as Record<string, unknown>)[key] = bounded(item, depth + 1);
  Object.defineProperty(copy, 'message', { value: boundClientText(error.message), writable: true, configurable: true });
  if (error.stack !== undefined) Object.defineProperty(copy, 'stack', { value: boundedStack(error.stack), writable: true, configurable: true });
  if (error.cause !== undefined) Object.defineProperty(copy, 'cause', { value: bounded(error.cause, depth + 1), writable: true, configurable: true });
  return copy;
}

/** A stack's heading ("Error: <message>") bounded, its frames (file paths, longer than any quoted run) kept as they are. */
function boundedStack(stack: string): string {
  const frames = stack.search(/\n\s+at /);
  return frames === -1 ? boundClientText(stack) : boundClientText(stack.slice(0, frames)) + stack.slice(frames);
}
