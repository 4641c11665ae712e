/**
 * `npm run build && node dist/cli/scale-report.js [--sizes 10k,100k,1M] [--seed S] [--regenerate] [--search]`
 *
 * Measures the service at scale through the real loader: for each size, a synthetic corpus
 * (.bench/corpus-<size>, written by corpus:synth if missing), then in a fresh process each: boot
 * (load + build the repository) time and memory, the cost of id and relation lookups per key
 * in the repository, and the latency of id and relation lookup operations executed through
 * the schema (what a request waits for). Prints a table and writes it to .bench/scale-report.md.
 */
import 'reflect-metadata';
import { execute, type GraphQLSchema, parse, print } from 'graphql';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../graphql/context';
import { buildClientSchema } from '../graphql/schema';
import { loadCorpus } from '../loader';
import { CorpusRepository } from '../repository';
import { DEFAULT_SEED, generateCorpus, MANIFEST_FILE } from '../synth';
import { Random } from '../synth/random';
import { PROJECT_DIR } from '../paths';

const BENCH_DIR = join(PROJECT_DIR, '.bench');

interface Measurement {
  readonly entities: number;
  readonly articles: number;
  readonly loadMs: number;
  readonly indexMs: number;
  readonly bootCpuMs: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly heapMb: number;
  /** ns per key, batches of 100 random keys. */
  readonly idNs: number;
  readonly relationNs: number;
  readonly relationDetailNs: Record<string, number>;
  /** µs per operation, executed through the schema with a fresh context each (median). */
  readonly idOperationUs: number;
  readonly relationOperationUs: number;
  readonly searchIndexMs?: number;
  readonly rssWithSearchMb?: number;
}

// ---- Measuring one corpus, in a process of its own ------------------------------------------

const BATCH = 100;
const KEYS = 200_000;
const ROUNDS = 5;

/** Nanoseconds per key to answer `batches` with `lookup`: the median of a few rounds, after a warm-up. */
function nsPerKey(batches: readonly string[][], lookup: (keys: readonly string[]) => readonly unknown[]): number {
  let sink = 0;
  const round = () => {
    const started = process.hrtime.bigint();
    for (const batch of batches) sink += lookup(batch).length;
    return Number(process.hrtime.bigint() - started) / (batches.length * BATCH);
  };
  round();
  const times = Array.from({ length: ROUNDS }, round).sort((a, b) => a - b);
  if (sink < 0) console.log(sink); // keeps the lookups from being optimised away
  return times[Math.floor(ROUNDS / 2)]!;
}

function randomBatches(ids: readonly string[], random: Random): string[][] {
  return Array.from({ length: KEYS / BATCH }, () => Array.from({ length: BATCH }, () => ids[random.int(ids.length)]!));
}

const ID_OPERATION = parse('query Person($id: ID!) { person(id: $id) { id name aliases } }');
const RELATION_OPERATION = parse(`query PersonRelations($id: ID!) {
  person(id: $id) {
    affiliations { role organisation { name } }
    statements(first: 10) { nodes { text event { name } } }
    events(first: 10) { nodes { name } }
  }
}`);
const OPERATIONS = 20_000;

/**
 * Microseconds per operation, as a request runs it once parsed and validated (Apollo caches
 * both): graphql-js execution with a fresh context (new DataLoaders) for a random person.
 */
async function usPerOperation(
  schema: GraphQLSchema,
  repository: CorpusRepository,
  document: ReturnType<typeof parse>,
  ids: readonly string[],
  random: Random,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < OPERATIONS; i++) {
    const started = process.hrtime.bigint();
    const result = await execute({ schema, document, variableValues: { id: ids[random.int(ids.length)] }, contextValue: createContext(repository) });
    if (result.errors) throw new Error(`the lookup failed: ${result.errors[0]!.message}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e3);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function measure(directory: string, withSearch: boolean): Promise<Measurement> {
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const cpuAtStart = cpu();
  const started = performance.now();
  const corpus = loadCorpus(directory);
  const loaded = performance.now();
  const repository = new CorpusRepository(corpus);
  const indexed = performance.now();
  const bootCpuMs = cpu() - cpuAtStart;
  const rssMb = process.memoryUsage().rss / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1e3; // the most the boot held, before any lookup or search

  const random = new Random(20240611);
  const all = [
    ...repository.sources,
    ...repository.places,
    ...repository.people,
    ...repository.organisations,
    ...repository.events,
    ...repository.statements,
    ...repository.commitments,
  ].map((entity) => entity.id);
  const actors = [...repository.people, ...repository.organisations].map((actor) => actor.id);
  const idNs = nsPerKey(randomBatches(all, random), (keys) => repository.entitiesByIds(keys));
  const actorBatches = randomBatches(actors, random);
  const relationDetailNs = {
    affiliationsByPerson: nsPerKey(actorBatches, repository.affiliationsByPerson),
    eventsByActor: nsPerKey(actorBatches, repository.eventsByActor),
    statementsBySpeaker: nsPerKey(actorBatches, repository.statementsBySpeaker),
    commitmentsByActor: nsPerKey(actorBatches, repository.commitmentsByActor),
    sourcesByEntity: nsPerKey(actorBatches, repository.sourcesByEntity),
  };
  const relationNs = Object.values(relationDetailNs).reduce((sum, ns) => sum + ns, 0) / Object.values(relationDetailNs).length;
  const people = repository.people.map((person) => person.id);
  const schema = await buildClientSchema();
  await usPerOperation(schema, repository, RELATION_OPERATION, people, random); // warm-up: the JIT
  const idOperationUs = await usPerOperation(schema, repository, ID_OPERATION, people, random);
  const relationOperationUs = await usPerOperation(schema, repository, RELATION_OPERATION, people, random);

  let search: Pick<Measurement, 'searchIndexMs' | 'rssWithSearchMb'> = {};
  if (withSearch) {
    const searchStarted = performance.now();
    repository.search('border security', 10);
    search = { searchIndexMs: performance.now() - searchStarted, rssWithSearchMb: process.memoryUsage().rss / 1e6 };
  }
  const entities = all.length;
  return {
    entities,
    articles: repository.sources.length,
    loadMs: loaded - started,
    indexMs: indexed - loaded,
    bootCpuMs,
    rssMb,
    peakRssMb,
    heapMb: process.memoryUsage().heapUsed / 1e6,
    idNs,
    relationNs,
    relationDetailNs,
    idOperationUs,
    relationOperationUs,
    ...search,
  };
}

// ---- The report ------------------------------------------------------------------------------

interface Row extends Measurement {
  readonly label: string;
  readonly generateMs?: number;
}

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text);
  if (!match) throw new Error(`not a size: ${text} (give e.g. 10k, 100k, 1M)`);
  return Math.round(Number(match[1]) * { '': 1, k: 1e3, m: 1e6 }[match[2]!.toLowerCase() as '' | 'k' | 'm']);
}

/** The corpus of `entities` entities, written if it is missing (or stale, or `regenerate`); how long writing took. */
function ensureCorpus(label: string, entities: number, seed: string, regenerate: boolean): { directory: string; generateMs?: number } {
  const directory = join(BENCH_DIR, `corpus-${label}`);
  const manifest = join(directory, MANIFEST_FILE);
  if (!regenerate && existsSync(manifest)) {
    const written = JSON.parse(readFileSync(manifest, 'utf8')) as { entities: number; seed: string };
    if (written.entities === entities && written.seed === seed) return { directory };
  }
  console.error(`writing ${entities.toLocaleString('en-US')} entities to ${directory}…`);
  const result = generateCorpus({ entities, seed, out: directory });
  return { directory, generateMs: result.elapsedMs };
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mb = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value).toLocaleString('en-US')} MB`);
const ns = (value: number) => `${Math.round(value)} ns`;
const us = (value: number) => `${value.toFixed(1)} µs`;

function table(rows: readonly Row[]): string {
  const base = rows[0]!;
  const header = [
    'entities',
    'articles',
    'generate',
    'load',
    'index',
    'boot',
    'boot CPU',
    'RSS after boot',
    'peak RSS (boot)',
    'id lookup / key',
    'relation lookup / key',
    'id lookup operation',
    'relation lookup operation',
    ...(rows.some((row) => row.searchIndexMs !== undefined) ? ['search index (lazy)', 'RSS with search'] : []),
  ];
  const lines = rows.map((row) => [
    row.entities.toLocaleString('en-US'),
    row.articles.toLocaleString('en-US'),
    seconds(row.generateMs),
    seconds(row.loadMs),
    seconds(row.indexMs),
    seconds(row.loadMs + row.indexMs),
    seconds(row.bootCpuMs),
    mb(row.rssMb),
    mb(row.peakRssMb),
    `${ns(row.idNs)} (${(row.idNs / base.idNs).toFixed(2)}×)`,
    `${ns(row.relationNs)} (${(row.relationNs / base.relationNs).toFixed(2)}×)`,
    `${us(row.idOperationUs)} (${(row.idOperationUs / base.idOperationUs).toFixed(2)}×)`,
    `${us(row.relationOperationUs)} (${(row.relationOperationUs / base.relationOperationUs).toFixed(2)}×)`,
    ...(row.searchIndexMs !== undefined ? [seconds(row.searchIndexMs), mb(row.rssWithSearchMb)] : []),
  ]);
  const detail = rows.map((row) => `- ${row.label}: ${Object.entries(row.relationDetailNs).map(([name, value]) => `${name} ${ns(value)}`).join(', ')}`);
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines.map((line) => `| ${line.join(' | ')} |`),
    '',
    `Lookups per key: the repository's batch methods, ${KEYS.toLocaleString('en-US')} random keys in batches of ${BATCH} (as a DataLoader batches them), median of ${ROUNDS} rounds; ratios against the first row.`,
    `Lookup operations: ${OPERATIONS.toLocaleString('en-US')} executions each through the schema (parsed and validated once, as Apollo caches them; a fresh context per execution), random people, median.`,
    `- id: ${print(ID_OPERATION).replace(/\s+/g, ' ')}`,
    `- relation: ${print(RELATION_OPERATION).replace(/\s+/g, ' ')}`,
    'Relation lookups per relation:',
    ...detail,
  ].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const measureAt = args.indexOf('--measure');
  if (measureAt >= 0) {
    // The child: one corpus, one process, so that memory is its own.
    void measure(args[measureAt + 1]!, args.includes('--search')).then((measurement) => process.stdout.write(JSON.stringify(measurement)));
    return;
  }
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const labels = (option('--sizes') ?? '10k,100k,1M').split(',');
  const seed = option('--seed') ?? DEFAULT_SEED;
  const rows: Row[] = [];
  mkdirSync(BENCH_DIR, { recursive: true });
  for (const label of labels) {
    const { directory, generateMs } = ensureCorpus(label, parseSize(label), seed, args.includes('--regenerate'));
    console.error(`measuring ${label}…`);
    const output = execFileSync(process.execPath, [__filename, '--measure', directory, ...(args.includes('--search') ? ['--search'] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    rows.push({ label, generateMs, ...(JSON.parse(output) as Measurement) });
  }
  const report = `# Scale report\n\n${new Date().toISOString()}, Node ${process.version}, seed ${JSON.stringify(seed)}\n\n${table(rows)}\n`;
  writeFileSync(join(BENCH_DIR, 'scale-report.md'), report);
  console.log(report);
}

main();
