import type { StopOptions } from '../servers/drain';

/** What stopOnSignals listens on and exits through: the process, unless a test gives its own. */
export interface SignalTarget {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

/**
 * Stops the server on SIGINT or SIGTERM, then exits 0. SIGTERM (Kubernetes, a load balancer's
 * orchestrator) drains with the grace period, `/ready` answering 503 meanwhile; SIGINT (Ctrl-C)
 * at once. Signals that come while it stops are ignored: a terminal or a process manager
 * signals the whole process group, often twice, and the drain is bounded by DRAIN_TIMEOUT_MS.
 */
export function stopOnSignals(
  stop: (options?: StopOptions) => Promise<void>,
  { sigtermGraceMs = 0 }: { sigtermGraceMs?: number } = {},
  target: SignalTarget = process,
): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    target.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void stop(signal === 'SIGTERM' ? { graceMs: sigtermGraceMs } : {}).then(() => target.exit(0));
    });
  }
}
