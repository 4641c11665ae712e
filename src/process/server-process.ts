/**
 * A built server script (dist/) run as its own process, with its own event loop, as production
 * runs it: on a free port, ready once it prints "ready at http://…", measured by its resident
 * memory, stopped with SIGTERM. `npm run soak` runs the server this way, `npm run bench` the
 * server and its rivals (src/bench/child-server.ts).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from '../paths';

/** The built server (`npm start` without the build): dist/server/main.js. */
export const SERVER_MAIN = join(DIST_DIR, 'server', 'main.js');
/** The URL of "… ready at http://…" (the gateway goes on: "…/graphql, serving …"). */
const READY_LINE = /ready at (http:\/\/[^\s",]+)/;
/** How much of the server's output to keep for a failure report. */
const TAIL_CHARS = 8_000;

export interface ServerProcessOptions {
  /** The built script to run; the server, dist/server/main.js, by default. */
  readonly script?: string;
  readonly args?: readonly string[];
  /** Set over this process's environment and PORT=0 (a free port). */
  readonly env?: NodeJS.ProcessEnv;
  /** Flags for node itself, e.g. `--max-old-space-size=8192` for a large corpus. */
  readonly nodeFlags?: readonly string[];
  /** How long start-up may take, loading the corpus included; 30 s by default. */
  readonly readyTimeoutMs?: number;
  /**
   * Whether to go on reading the output once the server is ready, for errorLogLines and
   * outputTail (the default). When false it is drained unread: under a benchmark's load, a log
   * line a request would cost the measuring process time.
   */
  readonly watchOutput?: boolean;
}

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** The resident set size now, in bytes; undefined once the process is gone. */
  rssBytes(): number | undefined;
  /** The exit code (or signal) when the process has ended; undefined while it runs. */
  exit(): ProcessExit | undefined;
  /** Log lines at level error or fatal: unexpected failures inside the server (until ready only, without watchOutput). */
  errorLogLines(): number;
  /** The end of what the server printed (until ready only, without watchOutput). */
  outputTail(): string;
  /** SIGTERM (the server drains, then exits), SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

interface ProcessExit {
  readonly code: number | null;
  readonly signal: string | null;
}

/**
 * Starts a built script (the server by default) and resolves once it prints
 * "ready at http://…"; rejects, with the end of its output, when it exits or times out first
 * (and then kills it). Its output is read as it comes and kept only in part.
 */
export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const { script = SERVER_MAIN, args = [], env = {}, nodeFlags = [], readyTimeoutMs = 30_000, watchOutput = true } = options;
  const child = spawn(process.execPath, [...nodeFlags, script, ...args], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  killOnExit(child);
  const output = new OutputWatcher(child);
  let exited: ProcessExit | undefined;
  const exitedPromise = new Promise<ProcessExit>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    }),
  );

  let url: string;
  try {
    url = await output.waitForReady(script, readyTimeoutMs, exitedPromise);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  if (!watchOutput) output.drainUnread();
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
      const { code } = await exitedPromise;
      clearTimeout(killer);
      return code;
    },
  };
}

/** Every process started and still running, so that none outlives this one, however it ends. */
const running = new Set<ChildProcess>();
let killingOnExit = false;

function killOnExit(child: ChildProcess): void {
  if (!killingOnExit) {
    killingOnExit = true;
    process.once('exit', () => running.forEach((each) => each.kill('SIGKILL')));
    // Without these, a signal would end this process without running its 'exit' listeners.
    process.once('SIGINT', () => process.exit(130));
    process.once('SIGTERM', () => process.exit(143));
  }
  running.add(child);
  child.once('exit', () => running.delete(child));
}

/** Reads a child's stdout and stderr line by line: finds the ready line, counts error lines, keeps a tail. */
class OutputWatcher {
  tail = '';
  errorLines = 0;
  private partial = '';
  private readonly listeners = new Set<(line: string) => void>();
  private readonly onData = (chunk: Buffer) => this.read(chunk.toString('utf8'));

  constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', this.onData);
    child.stderr!.on('data', this.onData);
  }

  /** Stops reading; the output still flows (a full pipe would block the child), unread. */
  drainUnread(): void {
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      stream.off('data', this.onData);
      stream.resume();
    }
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

  /** The URL of the ready line; rejects when `exited` comes first, or `timeoutMs` passes. */
  waitForReady(script: string, timeoutMs: number, exited: Promise<ProcessExit>): Promise<string> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error, url?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.listeners.delete(listener);
        if (error) reject(error);
        else resolve(url!);
      };
      const listener = (line: string) => {
        const match = READY_LINE.exec(line);
        if (match) finish(undefined, match[1]);
      };
      const timer = setTimeout(() => finish(new Error(`${script} was not ready after ${timeoutMs} ms; it printed:\n${this.tail}`)), timeoutMs);
      void exited.then(({ code, signal }) =>
        finish(new Error(`${script} exited (${signal ?? `code ${code}`}) before it was ready; it printed:\n${this.tail}`)),
      );
      this.child.once('error', (error) => finish(new Error(`${script} could not be started: ${error.message}`)));
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
