/**
 * `npm run start:federation`: the subgraph and the gateway together, for local use, in one
 * terminal (concurrently, a devDependency: production runs each on its own, README "Running in
 * production"). The build is done once, before both (package.json). The subgraph listens on the
 * port the gateway calls it at: SUBGRAPH_URL_<NAME> when set, else supergraph.yaml's routing URL
 * (4001); the gateway on PORT (4000). SIGINT and SIGTERM stop both, each draining as it does alone.
 */
import { concurrently } from 'concurrently';
import { readFileSync } from 'node:fs';
import { routingUrls } from '../gateway/subgraph-urls';
import { readSupergraphConfig } from '../gateway/supergraph-config';
import { PROJECT_DIR, SUBGRAPH_SDL, SUPERGRAPH_CONFIG, SUPERGRAPH_SDL } from '../paths';
import { subgraphUrlVariable } from '../server/config';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** The port this project's subgraph must listen on for the gateway to reach it. */
function subgraphPort(env: NodeJS.ProcessEnv): string {
  const ours = readSupergraphConfig(SUPERGRAPH_CONFIG).find((entry) => entry.schemaFile === SUBGRAPH_SDL);
  if (!ours) throw new Error(`${SUPERGRAPH_CONFIG} has no subgraph whose schema file is ${SUBGRAPH_SDL}: this service's entry is missing`);
  const url = new URL(routingUrls(readFileSync(SUPERGRAPH_SDL, 'utf8'), env).get(ours.name) ?? ours.routingUrl);
  if (!LOCAL_HOSTS.includes(url.hostname)) {
    throw new Error(
      `start:federation runs the subgraph on this machine, but the gateway would call it at ${url.href}: set ${subgraphUrlVariable(ours.name)} to a localhost URL, e.g. http://localhost:4101/graphql, or start the gateway alone (npm run start:gateway)`,
    );
  }
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

async function main(): Promise<void> {
  // concurrently runs each command in a shell: `exec` makes node the process it signals and waits for.
  const node = `${process.platform === 'win32' ? '' : 'exec '}${JSON.stringify(process.execPath)}`;
  const { result } = concurrently(
    [
      // METRICS_PORT is the gateway's: one port cannot serve both; the subgraph's /metrics stays on its own port.
      {
        name: 'subgraph',
        command: `${node} --max-semi-space-size=64 dist/server/subgraph-main.js`,
        env: { PORT: subgraphPort(process.env), METRICS_PORT: '' },
      },
      { name: 'gateway', command: `${node} dist/gateway/main.js` },
    ],
    // One that fails (a port in use) stops the other; one that exits 0 was signalled, as was the other.
    { cwd: PROJECT_DIR, killOthersOn: ['failure'], prefixColors: ['blue', 'magenta'] },
  );
  await result.then(
    () => process.exit(0),
    () => process.exit(1),
  );
}

// A failed start may come before there is a logger: plain text on stderr, exit code 1.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
