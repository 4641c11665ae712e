import type { Server } from 'node:http';
import { closeNow } from '../http/http-server';
import type { Lifecycle } from '../http/lifecycle';

/** Refuses new requests, then lets Apollo's drain plugin close the listener once in-flight requests finish. */
export async function drainThenStop(lifecycle: Lifecycle, ready: Promise<void>, apollo: { stop(): Promise<void> }, httpServer: Server): Promise<void> {
  lifecycle.drain();
  const started = await ready.then(
    () => true,
    () => false,
  );
  if (started) await apollo.stop();
  else await closeNow(httpServer);
}
