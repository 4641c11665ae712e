import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ChildServer {
  readonly url: string;
  readonly pid: number;
  /** Resident memory of the server process now, in bytes. */
  rss(): number;
  stop(): Promise<void>;
}

/** Every server started, so that none outlives the benchmark, however it ends. */
const children = new Set<ChildProcess>();
process.once('exit', () => children.forEach((child) => child.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/**
 * Starts a built server script as its own process (its own event loop, as in production)
 * and resolves with the URL it prints once ready ("… ready at http://…").
 */
export function startChildServer(script: string, args: readonly string[], env: Record<string, string | undefined>, timeoutMs = 600_000): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, ['--max-old-space-size=8192', script, ...args], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${script} did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/[^\s"]+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stdout!.resume(); // keep draining its log, unread
      resolve({
        url: match[1]!,
        pid: child.pid!,
        rss: () => rssOf(child.pid!),
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`${script} exited with ${code} before it was ready:\n${output.slice(-2000)}`)));
  });
}

/** VmRSS of a process, from /proc (Linux). */
export function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}
