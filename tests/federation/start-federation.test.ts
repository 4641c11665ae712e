import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** `npm run start:federation` once built (tests/global-setup.ts builds dist/): the subgraph and the gateway in one process tree. */
const ROOT = join(__dirname, '..', '..');
const START_FEDERATION = join(ROOT, 'dist', 'cli', 'start-federation.js');
/** Long enough for both servers to start, and to drain, on a loaded machine; a bound, not a measurement. */
const BOUND_MS = 60_000;

/** A port nothing listens on now (the OS's pick, released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

/** Started as `node dist/cli/start-federation.js`, or through npm, whose SIGTERM must reach the servers too. */
function startFederation(env: Record<string, string>, via: 'node' | 'npm' = 'node'): Started {
  const [command, args] = via === 'node' ? [process.execPath, [START_FEDERATION]] : ['npm', ['run', '--silent', 'start:federation']];
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(started: Started, patterns: readonly RegExp[]): Promise<void> {
  const deadline = Date.now() + BOUND_MS;
  while (Date.now() < deadline) {
    if (patterns.every((pattern) => pattern.test(started.output()))) return;
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never printed ${patterns.join(' and ')}; output:\n${started.output()}`);
}

/** Whether the process exits within the bound; false if it is still running then. */
function exitsWithinBound(started: Started): Promise<number | null | false> {
  return Promise.race([started.exited, new Promise<false>((resolve) => setTimeout(() => resolve(false), BOUND_MS).unref())]);
}

const refused = (port: number) =>
  fetch(`http://127.0.0.1:${port}/health`).then(
    () => false,
    () => true,
  );

describe('npm run start:federation, as a process (issue 17)', () => {
  test.each([
    ['SIGTERM', 'node'],
    ['SIGINT', 'node'],
    ['SIGTERM', 'npm'],
  ] as const)(
    'starts the subgraph and the gateway, answers through the gateway, and stops both on %s (started by %s)',
    async (signal, via) => {
      const [gatewayPort, subgraphPort] = [await freePort(), await freePort()];
      const federation = startFederation(
        {
          PORT: String(gatewayPort),
          SUBGRAPH_URL_SECURITY_GRAPH: `http://127.0.0.1:${subgraphPort}/graphql`,
          LOG_LEVEL: 'info',
          NODE_ENV: 'development',
          DRAIN_GRACE_MS: '200',
        },
        via,
      );
      try {
        await waitFor(federation, [/\[subgraph\].*Subgraph ready at http:\/\/localhost:(\d+)/, /\[gateway\].*Gateway ready at/]);
        expect(federation.output()).toContain(`Subgraph ready at http://localhost:${subgraphPort}/graphql`);
        const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ person(id: "person:gyorgy-szabo") { name } }' }),
        });
        expect(((await response.json()) as { data: unknown }).data).toEqual({ person: { name: 'György Szabó' } });
        // The gateway's query went to this subgraph: its log line comes (through concurrently's pipe).
        await waitFor(federation, [/\[subgraph\].*"msg":"graphql request"/]);

        federation.child.kill(signal);
        expect(await exitsWithinBound(federation)).toBe(0);
        expect([await refused(gatewayPort), await refused(subgraphPort)]).toEqual([true, true]);
      } finally {
        federation.child.kill('SIGKILL');
      }
    },
    3 * BOUND_MS,
  );

  test(
    'a port in use stops both, with the message naming the variable to set',
    async () => {
      const port = await freePort();
      // The gateway on the port the subgraph takes.
      const federation = startFederation({ PORT: String(port), SUBGRAPH_URL_SECURITY_GRAPH: `http://localhost:${port}/graphql`, LOG_LEVEL: 'warn' });
      try {
        expect(await exitsWithinBound(federation)).toBe(1);
        expect(federation.output()).toMatch(new RegExp(`port ${port}: another process is using it \\(EADDRINUSE\\)\\. Set PORT to a free port`));
        expect(await refused(port)).toBe(true);
      } finally {
        federation.child.kill('SIGKILL');
      }
    },
    3 * BOUND_MS,
  );

  test(
    'refuses a subgraph URL on another machine, naming the variable',
    async () => {
      const federation = startFederation({ SUBGRAPH_URL_SECURITY_GRAPH: 'http://10.0.0.5:4001/graphql' });
      expect(await exitsWithinBound(federation)).toBe(1);
      expect(federation.output()).toMatch(/set SUBGRAPH_URL_SECURITY_GRAPH to a localhost URL/);
    },
    3 * BOUND_MS,
  );
});
