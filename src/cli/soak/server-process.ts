import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built server (`npm start` without the build): dist/server/main.js, beside dist/cli/. */
const SERVER_MAIN = join(__dirname, '..', '..', 'server', 'main.js');
const READY_LINE = /ready at (http:\/\/[^\s"]+)/;
/** How much of the server's output to keep for a failure report. */
const TAIL_CHARS = 8_000;

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** The resident set size now, in bytes; undefined once the process is gone. */
  rssBytes(): number | undefined;
  /** The exit code (or signal) when the process has ended; undefined while it runs. */
  exit(): { code: number | null; signal: string | null } | undefined;
  /** Log lines at level error or fatal: unexpected failures inside the server. */
  errorLogLines(): number;
  /** The end of what the server printed. */
  outputTail(): string;
  /** SIGTERM (the server drains, then exits), SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/**
 * Starts `node dist/server/main.js` on a free port (PORT=0) in production mode, with info
 * logging (one line per request, as in production), and resolves once it prints
 * "ready at http://…". Its output is read as it comes and kept only in part.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv = {}, readyTimeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: { ...process.env, PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = new OutputWatcher(child);
  let exited: { code: number | null; signal: string | null } | undefined;
  const exitedPromise = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(code);
    }),
  );

  const url = await output.waitFor(READY_LINE, readyTimeoutMs, () => exited !== undefined);
  const pid = child.pid!;
  return {
    url,
    pid,
    rssBytes: () => (exited ? undefined : residentSetSize(pid)),
    exit: () => exited,
    errorLogLines: () => output.errorLines,
    outputTail: () => output.tail,
    async stop(graceMs = 15_000) {
      if (exited) return exited.code;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exitedPromise;
      clearTimeout(killer);
      return code;
    },
  };
}

/** Reads a child's stdout and stderr line by line: finds the ready line, counts error lines, keeps a tail. */
class OutputWatcher {
  tail = '';
  errorLines = 0;
  private partial = '';
  private readonly listeners = new Set<(line: string) => void>();

  constructor(child: ChildProcess) {
    const read = (chunk: Buffer) => this.read(chunk.toString('utf8'));
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  }

  private read(text: string): void {
    this.tail = (this.tail + text).slice(-TAIL_CHARS);
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop()!;
    for (const line of lines) {
      if (line.includes('"level":"error"') || line.includes('"level":"fatal"')) this.errorLines += 1;
      for (const listener of this.listeners) listener(line);
    }
  }

  waitFor(pattern: RegExp, timeoutMs: number, gone: () => boolean): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = setInterval(() => {
        if (gone()) finish(new Error(`the server exited before it was ready; it printed:\n${this.tail}`));
      }, 100);
      const timer = setTimeout(() => finish(new Error(`the server was not ready after ${timeoutMs} ms; it printed:\n${this.tail}`)), timeoutMs);
      const listener = (line: string) => {
        const match = pattern.exec(line);
        if (match) finish(undefined, match[1]);
      };
      const finish = (error?: Error, value?: string) => {
        clearInterval(check);
        clearTimeout(timer);
        this.listeners.delete(listener);
        if (error) reject(error);
        else resolve(value!);
      };
      this.listeners.add(listener);
    });
  }
}

/** VmRSS from /proc (Linux), else `ps -o rss=` (macOS, BSD); in bytes. */
function residentSetSize(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    if (kilobytes !== undefined) return Number(kilobytes) * 1024;
  } catch {
    // no /proc: ask ps
  }
  try {
    const kilobytes = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    return Number.isFinite(kilobytes) && kilobytes > 0 ? kilobytes * 1024 : undefined;
  } catch {
    return undefined;
  }
}
