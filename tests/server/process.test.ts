import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built servers (tests/global-setup.ts builds dist/), run as people run them. */
const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'server', 'main.js');
const CORPUS_SUMMARY = join(ROOT, 'dist', 'cli', 'corpus-summary.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>, script = MAIN): Started {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until the process prints `pattern`, or fails with what it printed. */
async function waitFor(started: Started, pattern: RegExp): Promise<RegExpMatchArray> {
  for (let i = 0; i < 300; i++) {
    const match = pattern.exec(started.output());
    if (match) return match;
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never printed ${pattern}; output:\n${started.output()}`);
}

describe('npm start, as a process', () => {
  test('serves, and on SIGTERM drains and exits 0', async () => {
    const server = run({ PORT: '0', NODE_ENV: 'production', DRAIN_GRACE_MS: '300' });
    try {
      const [, url] = await waitFor(server, /ready at (http:\/\/[^\s"]+)/);
      const response = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ person(id: "person:gyorgy-szabo") { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { person: { name: 'György Szabó' } }, extensions: { cost: { requested: 1, limit: 10_000 } } });

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  test('`npm start` itself: the SIGTERM npm gets reaches the server, which drains (/ready 503) and exits, and npm with it', async () => {
    // npm passes SIGTERM on to its child only: a shell between them (`a && b`) died and left the server running.
    const npm = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', NODE_ENV: 'production', DRAIN_GRACE_MS: '2000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    const started: Started = { child: npm, output: () => output, exited };
    let serverPid: number | undefined;
    try {
      const [, url] = await waitFor(started, /ready at (http:\/\/[^\s"]+)/);
      serverPid = Number(/"pid":(\d+)/.exec(output)![1]);
      const ready = new URL('/ready', url!);
      expect((await fetch(ready)).status).toBe(200);
      npm.kill('SIGTERM');
      let status = 200;
      for (let i = 0; i < 40 && status === 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        status = (await fetch(ready)).status;
      }
      expect(status).toBe(503); // draining: the server got the signal
      expect(await exited).toBe(0);
      expect(isRunning(serverPid)).toBe(false);
    } finally {
      npm.kill('SIGKILL');
      if (serverPid !== undefined && isRunning(serverPid)) process.kill(serverPid, 'SIGKILL');
    }
  }, 30_000);

  test('a broken corpus stops the start with the full report and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-corpus-'));
    try {
      writeFileSync(join(dir, '001_article.txt'), 'Astana hosted a meeting.');
      writeFileSync(
        join(dir, '001_article.yaml'),
        [
          'source: {id: source:an-article, title: An article}',
          'people:',
          '  - {id: person:someone, name: Someone, mentions: ["Someone said"]}',
          'events:',
          '  - {id: event:meeting, name: A meeting, kind: PARTY, evidence: ["Astana hosted a meeting."]}',
        ].join('\n'),
      );
      const server = run({ PORT: '0', CORPUS_DIR: dir });
      expect(await server.exited).toBe(1);
      const output = server.output();
      expect(output).toContain('nothing was loaded');
      expect(output).toContain('001_article.yaml › events[0] (event:meeting).kind: kind must be one of CONFERENCE');
      expect(output).not.toMatch(/ready at/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a bad setting stops a process with what was wrong and what to set, no stack trace, exit code 1', () => {
  const CORPUS_DIR_MESSAGE =
    'CORPUS_DIR must be a directory of articles (*.txt) and their annotations (*.yaml), but /nonexistent does not exist; set it to such a directory, or leave it unset for the bundled seeds/';

  test.each([
    ['npm start', MAIN],
    ['npm run corpus:summary', CORPUS_SUMMARY],
  ])('%s with CORPUS_DIR=/nonexistent', async (_, script) => {
    const started = run({ PORT: '0', CORPUS_DIR: '/nonexistent' }, script);
    try {
      expect(await started.exited).toBe(1);
      expect(started.output()).toBe(`${CORPUS_DIR_MESSAGE}\n`);
    } finally {
      started.child.kill('SIGKILL');
    }
  });

  test('npm start with NODE_ENV=prod', async () => {
    const started = run({ PORT: '0', NODE_ENV: 'prod' });
    try {
      expect(await started.exited).toBe(1);
      expect(started.output()).toBe('NODE_ENV must be one of production, development, test (got "prod"); leave it unset for development\n');
    } finally {
      started.child.kill('SIGKILL');
    }
  });
});
