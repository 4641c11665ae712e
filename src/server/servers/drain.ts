import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { closeConnectionsAfterAnswers, closeNow, listen, type StopOptions, stopAccepting } from '../http/http-server';

export type { StopOptions } from '../http/http-server';
import type { Lifecycle } from '../http/lifecycle';

export interface DrainOptions {
  /** How long requests in flight may take to finish once the listener is closed (DRAIN_TIMEOUT_MS). */
  readonly drainTimeoutMs: number;
}

/**
 * Stops as Kubernetes and load balancers expect, dropping no request:
 * 1. `/ready` turns 503 and every answer from then on says `Connection: close`, so keep-alive
 *    clients open their next connection elsewhere; the API keeps answering;
 * 2. after the grace period, the listener closes (no new connections) and idle connections
 *    close; each request in flight finishes and its connection closes after its answer;
 * 3. at the drain timeout, whatever is still open is closed; then Apollo stops.
 * Without `drain` options, Apollo's drain plugin closes the listener at once.
 */
export async function drainThenStop(
  lifecycle: Lifecycle,
  ready: Promise<void>,
  apollo: { stop(): Promise<void> },
  httpServer: Server,
  drain?: DrainOptions,
  { graceMs = 0 }: StopOptions = {},
): Promise<void> {
  lifecycle.drain();
  if (drain) closeConnectionsAfterAnswers(httpServer);
  const started = await ready.then(
    () => true,
    () => false,
  );
  if (!started) return closeNow(httpServer);
  if (!drain) return apollo.stop();
  if (graceMs > 0) await sleep(graceMs);
  await closeWhenFinished(httpServer, drain.drainTimeoutMs);
  await apollo.stop();
}

/** A connection accepted without its request yet gets this long to send it (its client sent it before the listener closed). */
const FRESH_CONNECTION_MS = 1_000;

/** Stops listening and closes connections as they fall idle; resolves when every connection has closed, forcing them at `timeoutMs`. */
async function closeWhenFinished(httpServer: Server, timeoutMs: number): Promise<void> {
  if (!httpServer.listening) return;
  const force = setTimeout(() => httpServer.closeAllConnections(), timeoutMs);
  await stopAccepting(httpServer, Math.min(FRESH_CONNECTION_MS, timeoutMs));
  clearTimeout(force);
}

/** Listens as `listen` does; when that fails (a port in use), stops Apollo first, so that the process can exit with the message. */
export async function listenOrStop(
  httpServer: Server,
  { port, host }: { readonly port: number; readonly host?: string },
  apollo: { stop(): Promise<void> },
): Promise<string> {
  try {
    return await listen(httpServer, port, host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
}
