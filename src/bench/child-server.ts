import { readFileSync } from 'node:fs';
import { PACKAGE_JSON } from '../paths';
import { type ServerProcess, startServerProcess } from '../process/server-process';

/**
 * The node flags `npm start` runs the server with (package.json), so that every server under
 * test runs as the shipped one does: the ceiling and the limit get the same memory settings.
 */
export function startScriptNodeFlags(packageJson = PACKAGE_JSON): string[] {
  const { scripts } = JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts: Record<string, string> };
  const command = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/server\/main\.js/.exec(scripts.start ?? '');
  if (!command) throw new Error(`package.json's start script does not run node dist/server/main.js: ${scripts.start}`);
  return command[1]!.split(/\s+/).filter(Boolean);
}

/** A server the benchmark drives: the shipped one, the ceiling or the limit. */
export interface ChildServer extends Pick<ServerProcess, 'url' | 'pid'> {
  /** Resident memory of the server process now, in bytes (NaN once it is gone). */
  rss(): number;
  stop(): Promise<void>;
}

/**
 * Starts a built server script as its own process (see src/process/server-process.ts), with the
 * node flags of `npm start`, sized for the benchmark's largest corpora (an 8 GB heap, ten
 * minutes to load), with its output drained unread: the shipped server logs a line a
 * request, which the measuring process need not read.
 */
export async function startChildServer(
  script: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
  timeoutMs = 600_000,
): Promise<ChildServer> {
  const server = await startServerProcess({
    script,
    args,
    env,
    nodeFlags: ['--max-old-space-size=8192', ...startScriptNodeFlags()],
    readyTimeoutMs: timeoutMs,
    watchOutput: false,
  });
  return {
    url: server.url,
    pid: server.pid,
    rss: () => server.rssBytes() ?? NaN,
    stop: async () => {
      await server.stop();
    },
  };
}
