import type { StopOptions } from '../servers/drain';

/**
 * Stops the server on SIGINT or SIGTERM, then exits 0. SIGTERM (Kubernetes, a load balancer's
 * orchestrator) drains with the grace period, `/ready` answering 503 meanwhile; SIGINT (Ctrl-C)
 * at once.
 */
export function stopOnSignals(stop: (options?: StopOptions) => Promise<void>, { sigtermGraceMs = 0 }: { sigtermGraceMs?: number } = {}): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop(signal === 'SIGTERM' ? { graceMs: sigtermGraceMs } : {}).then(() => process.exit(0));
    });
  }
}
