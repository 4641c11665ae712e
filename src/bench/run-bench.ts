/**
 * `npm run bench`: the service as shipped against the ceiling (graphql-jit on a bare
 * node:http server) and the physical limit (the same answer bytes, no work), side by side,
 * per query and for the mix, with autocannon on loopback. Prints a table, writes the figures
 * to JSON and draws charts (SVG). A benchmark, not a test: it asserts nothing.
 *
 *   npm run bench -- [--corpus seeds|DIR|N ...] [--duration S] [--mix-duration S] [--connections C]
 *
 * A number N as corpus means a synthetic corpus of N entities (.bench/corpus-N, generated
 * with `npm run corpus:synth` when missing).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { corpusDirectory } from '../corpus-dir';
import { loadCorpus } from '../loader';
import { BENCH_DIR, DIST_DIR, PERFORMANCE_DOCS_DIR } from '../paths';
import { readCommandLine } from '../process/command-line';
import { CorpusRepository, summariseCorpus } from '../repository';
import { drawCharts } from './charts';
import { ChildServer, startChildServer } from './child-server';
import type { Recording } from './limit-server';
import type { CorpusFigures, QueryFigures } from './figures';
import { drive, throughputRatio } from './load';
import { corpusMarkdown } from './markdown-report';
import { BenchRequest, benchMix } from './mix';
import { pickBenchIds } from './pick-ids';

/** High enough for the mix's deep traversal on a million entities. */
const BENCH_MAX_COST = 100_000_000;

interface Options {
  corpora: string[];
  durationSeconds: number;
  mixDurationSeconds: number;
  connections: number;
}

const USAGE = 'usage: npm run bench -- [--corpus seeds|DIR|N ...] [--duration S] [--mix-duration S] [--connections C]';

function parseOptions(argv: string[]): Options {
  const { values } = readCommandLine(
    {
      args: argv,
      options: {
        corpus: { type: 'string', multiple: true, default: ['seeds'] },
        duration: { type: 'string', default: '5' },
        'mix-duration': { type: 'string', default: '10' },
        connections: { type: 'string', default: '100' },
      },
    },
    USAGE,
    1,
  );
  return {
    corpora: values.corpus,
    durationSeconds: Number(values.duration),
    mixDurationSeconds: Number(values['mix-duration']),
    connections: Number(values.connections),
  };
}

/** The corpus directory for `seeds`, a directory, or a synthetic size N (generated if missing). */
function corpusDir(corpus: string): string {
  if (corpus === 'seeds') return corpusDirectory({});
  if (!/^\d+$/.test(corpus)) return corpus;
  const dir = join(BENCH_DIR, `corpus-${corpus}`);
  if (!existsSync(dir)) {
    execFileSync(process.execPath, [join(DIST_DIR, 'cli', 'synth-corpus.js'), '--entities', corpus, '--out', dir], { stdio: 'inherit' });
  }
  return dir;
}

async function record(server: ChildServer, body: string): Promise<Recording> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`the shipped server answered ${response.status} to ${body.slice(0, 120)}: ${bytes.toString()}`);
  return { body, contentType: response.headers.get('content-type') ?? 'application/json', response: bytes.toString('base64') };
}

/** The ceiling must give the very answer the service gives, or the comparison means nothing. */
async function expectSameAnswer(server: ChildServer, request: BenchRequest, recording: Recording): Promise<void> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
  const theirs: unknown = await response.json();
  // The service's answers say what they cost (extensions.cost), which the bare ceiling does not count.
  const { extensions: _cost, ...ours } = JSON.parse(Buffer.from(recording.response, 'base64').toString('utf8')) as Record<string, unknown>;
  if (!isDeepStrictEqual(theirs, ours)) {
    throw new Error(
      `the ceiling answers ${request.name} differently from the service:\n${JSON.stringify(theirs).slice(0, 400)}\n${JSON.stringify(ours).slice(0, 400)}`,
    );
  }
}

const WARM_UP_ROUNDS = 20;

/** Sends each request a few times, one at a time, and checks each answer is a 200. */
async function warm(url: string, requests: readonly BenchRequest[]): Promise<void> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const request of requests) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status} to ${request.name} while warming up`);
    }
  }
}

async function benchCorpus(corpus: string, options: Options): Promise<CorpusFigures> {
  const dir = corpusDir(corpus);
  console.error(`\n== corpus ${corpus} (${dir})`);
  const repository = new CorpusRepository(loadCorpus(dir));
  const entities = Object.values(summariseCorpus(repository).counts).reduce((a, b) => a + b, 0);
  const mix = benchMix(pickBenchIds(repository));

  // As shipped: production mode and default logging (one line per request), caches off. The
  // mix's deep traversal asks for a hub's whole membership, which on a large corpus is over the
  // default cost limit: the limit is raised so that every corpus runs the same workload.
  const env = { CORPUS_DIR: dir, NODE_ENV: 'production', RESPONSE_CACHE: '0', MAX_COST: String(BENCH_MAX_COST) };
  const shipped = {
    client: await startChildServer(join(DIST_DIR, 'server', 'main.js'), [], env),
    subgraph: await startChildServer(join(DIST_DIR, 'server', 'subgraph-main.js'), [], env),
  };
  const ceiling = {
    client: await startChildServer(join(DIST_DIR, 'bench', 'ceiling-server.js'), [], { ...env, TARGET: 'client' }),
    subgraph: await startChildServer(join(DIST_DIR, 'bench', 'ceiling-server.js'), [], { ...env, TARGET: 'subgraph' }),
  };
  const recordings = await Promise.all(mix.map((request) => record(shipped[request.target], request.body)));
  await Promise.all(mix.map((request, i) => expectSameAnswer(ceiling[request.target], request, recordings[i]!)));
  const recordingsFile = join(BENCH_DIR, `recordings-${corpus.replace(/\W/g, '_')}.json`);
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(recordingsFile, JSON.stringify(recordings));
  const limit = await startChildServer(join(DIST_DIR, 'bench', 'limit-server.js'), [recordingsFile], {});
  // Warm every server before it is measured: the JIT, lazily built indexes (search), caches.
  await Promise.all(
    Object.values(shipped).map((server) =>
      warm(
        server.url,
        mix.filter((r) => shipped[r.target] === server),
      ),
    ),
  );
  await Promise.all(
    Object.values(ceiling).map((server) =>
      warm(
        server.url,
        mix.filter((r) => ceiling[r.target] === server),
      ),
    ),
  );
  await warm(limit.url, mix);

  // autocannon stops sending when its time is up, but the server still works through the
  // requests it has: wait for that backlog to clear, or it is billed to the next run.
  const run = async (url: string, bodies: readonly string[], seconds = options.durationSeconds) => {
    const result = await drive({ url, bodies, connections: options.connections, durationSeconds: seconds });
    await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 200 + 2 * result.p99Ms)));
    return result;
  };
  const queries: QueryFigures[] = [];
  for (const [i, request] of mix.entries()) {
    const figures: QueryFigures = {
      name: request.name,
      shipped: await run(shipped[request.target].url, [request.body]),
      ceiling: await run(ceiling[request.target].url, [request.body]),
      limit: await run(limit.url, [request.body]),
      responseBytes: Buffer.from(recordings[i]!.response, 'base64').length,
    };
    queries.push(figures);
    console.error(
      `${request.name.padEnd(20)} shipped ${figures.shipped.requestsPerSecond.toFixed(0)}/s  ceiling ${figures.ceiling.requestsPerSecond.toFixed(0)}/s  limit ${figures.limit.requestsPerSecond.toFixed(0)}/s`,
    );
  }

  const clientBodies = mix.filter((r: BenchRequest) => r.target === 'client').map((r) => r.body);
  const mixFigures = {
    shipped: await run(shipped.client.url, clientBodies, options.mixDurationSeconds),
    ceiling: await run(ceiling.client.url, clientBodies, options.mixDurationSeconds),
    limit: await run(limit.url, clientBodies, options.mixDurationSeconds),
  };
  const rss = { shipped: shipped.client.rss(), shippedSubgraph: shipped.subgraph.rss(), ceiling: ceiling.client.rss(), limit: limit.rss() };
  await Promise.all([shipped.client, shipped.subgraph, ceiling.client, ceiling.subgraph].map((s) => s.stop()));

  // The same mix again, with the response cache on: repeated operations.
  const cached = await startChildServer(join(DIST_DIR, 'server', 'main.js'), [], { ...env, RESPONSE_CACHE: '1' });
  await warm(
    cached.url,
    mix.filter((r) => r.target === 'client'),
  );
  const shippedCached = await run(cached.url, clientBodies, options.mixDurationSeconds);
  await cached.stop();
  await limit.stop();

  return { corpus, entities, queries, mix: { ...mixFigures, shippedCached }, rss };
}

function printTable(figures: CorpusFigures): void {
  const rows = [...figures.queries, { name: 'MIX', ...figures.mix, responseBytes: NaN }].map((q) => ({
    query: q.name,
    'shipped req/s': Math.round(q.shipped.requestsPerSecond),
    'ceiling req/s': Math.round(q.ceiling.requestsPerSecond),
    'limit req/s': Math.round(q.limit.requestsPerSecond),
    'shipped/ceiling': throughputRatio(q.shipped, q.ceiling),
    'shipped/limit': throughputRatio(q.shipped, q.limit),
    'p50 ms': q.shipped.p50Ms,
    'p99 ms': q.shipped.p99Ms,
    'ceiling p99 ms': q.ceiling.p99Ms,
    'non-2xx': q.shipped.non2xx + q.shipped.errors + q.shipped.timeouts,
  }));
  console.log(`\nCorpus ${figures.corpus}: ${figures.entities} entities`);
  console.table(rows);
  console.log(
    `Mix with the response cache: ${Math.round(figures.mix.shippedCached.requestsPerSecond)} req/s, ` +
      `${throughputRatio(figures.mix.shippedCached, figures.mix.limit)} of the limit, p99 ${figures.mix.shippedCached.p99Ms} ms`,
  );
  console.log(
    `RSS (MB): ${Object.entries(figures.rss)
      .map(([k, v]) => `${k} ${(v / 2 ** 20).toFixed(0)}`)
      .join(', ')}`,
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const results: CorpusFigures[] = [];
  for (const corpus of options.corpora) {
    const figures = await benchCorpus(corpus, options);
    printTable(figures);
    results.push(figures);
  }
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    options,
    results,
  };
  const outDir = PERFORMANCE_DOCS_DIR;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  writeFileSync(
    join(outDir, 'latest.md'),
    `${report.date}, ${report.machine.cpus} cores, Node ${report.machine.node}: \`${command}\`\n\n${results.map(corpusMarkdown).join('\n\n')}\n`,
  );
  const charts = await drawCharts(results, outDir);
  console.log(`\nwrote ${join(outDir, 'latest.json')}, ${join(outDir, 'latest.md')}${charts.map((file) => `, ${file}`).join('')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
