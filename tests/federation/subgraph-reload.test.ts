/**
 * The subgraph reloads its corpus as the client graph does (src/server/corpus/), on a temporary
 * copy of the seeds with a real subgraph running: an edited name reaches `_entities` and, through
 * a gateway, a client; a broken edit is refused while the last good version answers.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGateway } from '../../src/gateway/start-gateway';
import { corpusVersion } from '../../src/loader';
import { SUPERGRAPH_SDL } from '../../src/paths';
import { pinnedContext } from '../../src/server/corpus/live-corpus';
import { startSubgraph, type SubgraphServer } from '../../src/server/servers/subgraph-server';
import { copyOfSeeds, loggerToLines, waitUntil } from '../helpers/corpus-copy';
import { postJson } from '../helpers/http';
import { SEED_FILES, SEEDS_DIR } from '../helpers/seeds';

const SUPERGRAPH = readFileSync(SUPERGRAPH_SDL, 'utf8');
const KARIN = 'person:yerlan-karin';
/** The annotation that defines Yerlan Karin, as the seeds hold it. */
const ANNOTATION = SEED_FILES['000'].replace(/\.txt$/, '.yaml');
const NAME_LINE = '    name: Yerlan Karin\n';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Person { id name } }
}`;

describe('the subgraph reloads its corpus (CORPUS_WATCH)', () => {
  let subgraph: SubgraphServer;
  let directory: string;
  let logLines: string[];
  let seedsYaml: string;

  beforeAll(async () => {
    directory = copyOfSeeds('subgraph-reload-');
    seedsYaml = readFileSync(join(directory, ANNOTATION), 'utf8');
    expect(seedsYaml).toContain(NAME_LINE);
    const captured = loggerToLines();
    logLines = captured.logLines;
    subgraph = await startSubgraph(
      { directory },
      { production: false, http: { port: 0 }, corpus: { watch: true, reloadDebounceMs: 150 }, logger: captured.logger, env: { LOG_LEVEL: 'info' } },
    );
  }, 30_000);
  afterAll(async () => {
    await subgraph?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  /** Writes the seeds' annotation with Yerlan Karin named `name`. */
  const rename = (name: string) => writeFileSync(join(directory, ANNOTATION), seedsYaml.replace(NAME_LINE, `    name: ${name}\n`));

  /** Yerlan Karin's name as the subgraph's `_entities` answers it (as a router asks). */
  async function nameByEntities(): Promise<string> {
    const { status, body } = await postJson(subgraph.url, { query: ENTITIES, variables: { representations: [{ __typename: 'Person', id: KARIN }] } });
    if (status !== 200 || body.errors) throw new Error(`_entities failed (${status}): ${JSON.stringify(body.errors)}`);
    return (body.data as { _entities: { name: string }[] })._entities[0]!.name;
  }

  async function corpus(): Promise<{ version: string; rejected: string[] }> {
    const { body } = await postJson(subgraph.url, { query: '{ corpus { version rejected } }' });
    return (body.data as { corpus: { version: string; rejected: string[] } }).corpus;
  }

  const metrics = async () => (await fetch(new URL('/metrics', subgraph.url))).text();

  test('an edited name is served by _entities once reloaded; a request pinned before finishes on its version; no request fails meanwhile', async () => {
    expect(await nameByEntities()).toBe('Yerlan Karin');
    const before = await corpus();
    expect(before).toEqual({ version: subgraph.corpus.served.version, rejected: [] });
    // A request whose context was made before the edit (the server's own context factory).
    const earlierRequest = {};
    const earlier = pinnedContext(subgraph.corpus, earlierRequest);

    // `_entities` in a loop, two at a time, while the corpus reloads: every answer is a 200, of one version or the other.
    const names = new Set<string>();
    const failures: string[] = [];
    let stopped = false;
    const loop = async () => {
      for (let sent = 0; !stopped && sent < 1_000; sent++) {
        await nameByEntities().then(
          (name) => names.add(name),
          (error: unknown) => failures.push(String(error)),
        );
      }
    };
    const loops = Promise.all([loop(), loop()]);

    rename('Yerlan K. Karin');
    const renamed = await waitUntil('the new name is served', async () => {
      const name = await nameByEntities();
      return name !== 'Yerlan Karin' ? name : undefined;
    });
    stopped = true;
    await loops;
    expect(renamed).toBe('Yerlan K. Karin');
    expect(failures).toEqual([]);
    expect([...names].every((name) => ['Yerlan Karin', 'Yerlan K. Karin'].includes(name))).toBe(true);

    const after = await corpus();
    expect(after.version).not.toBe(before.version);
    expect(after.rejected).toEqual([]);
    // The earlier request still reads its own version, through its own loaders; a new one reads the new version.
    expect(earlier.corpus?.version).toBe(before.version);
    expect(pinnedContext(subgraph.corpus, earlierRequest).corpus?.version).toBe(before.version);
    expect(((await earlier.loaders.person.load(KARIN)) as { name: string }).name).toBe('Yerlan Karin');
    const later = pinnedContext(subgraph.corpus, {});
    expect(later.corpus?.version).toBe(after.version);
    expect(((await later.loaders.person.load(KARIN)) as { name: string }).name).toBe('Yerlan K. Karin');

    expect(logLines.join('')).toContain('Corpus reloaded:');
    const text = await metrics();
    expect(text).toMatch(/^corpus_reloads_total\{outcome="applied"\} 1$/m);
    expect(text).toContain(`corpus_version_info{version="${after.version}"} 1`);
  }, 60_000);

  test('a broken YAML is refused: the last good version keeps answering, the problem is logged, /ready stays 200', async () => {
    const served = await corpus();
    const name = await nameByEntities();
    // An unterminated quoted name: the file is no longer YAML.
    writeFileSync(join(directory, ANNOTATION), seedsYaml.replace(NAME_LINE, '    name: "Yerlan Karin\n'));
    const refused = await waitUntil('the edit is refused', async () => {
      const now = await corpus();
      return now.rejected.length > 0 ? now : undefined;
    });
    expect(refused.version).toBe(served.version);
    expect(refused.rejected).toEqual([expect.stringMatching(new RegExp(`^${ANNOTATION.replace('.', '\\.')}`))]);
    expect(await nameByEntities()).toBe(name);
    expect((await fetch(new URL('/ready', subgraph.url))).status).toBe(200);
    expect(logLines.join('')).toContain(`corpus rejected: ${ANNOTATION}`);
    expect(logLines.join('')).toContain('the last good version is still served');
    const text = await metrics();
    expect(text).toMatch(/^corpus_reloads_total\{outcome="rejected"\} 1$/m);
    expect(text).toMatch(/^corpus_rejected_problems 1$/m);

    // Fixed again: the problem is gone, the same version served.
    rename(name);
    await waitUntil('the problem is cleared', async () => ((await corpus()).rejected.length === 0 ? true : undefined));
    expect((await corpus()).version).toBe(served.version);
  }, 60_000);

  test('through a gateway, the new name reaches a client in a query the gateway has not cached; one it cached stays as README says', async () => {
    const gateway = await startGateway({
      supergraphSdl: SUPERGRAPH,
      production: false,
      http: { port: 0 },
      env: { LOG_LEVEL: 'silent', SUBGRAPH_URL_SECURITY_GRAPH: subgraph.url },
    });
    try {
      const ask = async (query: string) => {
        const { status, headers, body } = await postJson(gateway.url, { query });
        if (status !== 200 || body.errors) throw new Error(`the gateway failed (${status}): ${JSON.stringify(body.errors)}`);
        return { cache: headers.get('x-cache'), name: (body.data as { person: { name: string } }).person.name };
      };
      const NAME = `{ person(id: "${KARIN}") { name } }`;
      const current = await nameByEntities();
      expect(await ask(NAME)).toEqual({ cache: 'MISS', name: current });
      expect(await ask(NAME)).toEqual({ cache: 'HIT', name: current });

      rename('Yerlan Karin (KCIR)');
      await waitUntil('the subgraph serves the new name', async () => ((await nameByEntities()) === 'Yerlan Karin (KCIR)' ? true : undefined));
      // A query the gateway has not seen goes to the subgraph: the new name.
      expect(await ask(`{ person(id: "${KARIN}") { id name } }`)).toEqual({ cache: 'MISS', name: 'Yerlan Karin (KCIR)' });
      // The answer cached before the reload is kept (at most CACHE_MAX_AGE_SECONDS): the gateway cannot see the subgraph's corpus.
      expect(await ask(NAME)).toEqual({ cache: 'HIT', name: current });
    } finally {
      await gateway.stop();
    }
  }, 60_000);
});

describe('the subgraph with CORPUS_WATCH=0', () => {
  test('serves the version it started with, watching nothing', async () => {
    const subgraph = await startSubgraph({ directory: SEEDS_DIR }, { production: false, http: { port: 0 }, env: { LOG_LEVEL: 'silent', CORPUS_WATCH: '0' } });
    try {
      expect(subgraph.watcher).toBeUndefined();
      const { body } = await postJson(subgraph.url, { query: '{ corpus { version rejected } }' });
      expect(body.data).toEqual({ corpus: { version: corpusVersion(SEEDS_DIR), rejected: [] } });
    } finally {
      await subgraph.stop();
    }
  });
});
