import { type ServerProcess, startServerProcess } from '../cli/server-process';

/** A server the benchmark drives: the shipped one, the ceiling or the limit. */
export interface ChildServer extends Pick<ServerProcess, 'url' | 'pid'> {
  /** Resident memory of the server process now, in bytes (NaN once it is gone). */
  rss(): number;
  stop(): Promise<void>;
}

/**
 * Starts a built server script as its own process (see src/cli/server-process.ts), sized for
 * the benchmark's largest corpora (an 8 GB heap, ten minutes to load), with its output drained
 * unread: the shipped server logs a line a request, which the measuring process need not read.
 */
export async function startChildServer(script: string, args: readonly string[], env: Record<string, string | undefined>, timeoutMs = 600_000): Promise<ChildServer> {
  const server = await startServerProcess({ script, args, env, nodeFlags: ['--max-old-space-size=8192'], readyTimeoutMs: timeoutMs, watchOutput: false });
  return {
    url: server.url,
    pid: server.pid,
    rss: () => server.rssBytes() ?? NaN,
    stop: async () => {
      await server.stop();
    },
  };
}
