/**
 * `npm run corpus:synth -- --entities N [--seed S] [--out DIR]`: writes a synthetic corpus of
 * N entities (default directory .bench/corpus-N), for measuring the service far past the
 * seeds. Serve it with `CORPUS_DIR=DIR npm start`.
 */
import { join } from 'node:path';
import { BENCH_DIR } from '../paths';
import { exitWithUsage, readCommandLine } from '../process/command-line';
import { DEFAULT_SEED, generateCorpus, MAX_ENTITIES, MIN_ENTITIES, parseEntityCount, SynthProgress } from '../synth';

const USAGE = `usage: npm run corpus:synth -- --entities N [--seed S] [--out DIR]
  --entities N  how many entities (people, organisations, places, events, statements,
                commitments and sources together), ${MIN_ENTITIES.toLocaleString('en-US')} to ${MAX_ENTITIES.toLocaleString('en-US')}; 10k, 1M work too
  --seed S      any text; the same seed writes the same files (default ${DEFAULT_SEED})
  --out DIR     where to write (default .bench/corpus-N); a directory it wrote before is replaced`;

interface Arguments {
  entities: number;
  seed: string;
  out: string;
}

/** Reads the command line; exits with the usage on anything it does not understand. */
function parseArguments(argv: string[]): Arguments {
  const { values } = readCommandLine({ args: argv, options: { entities: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } }, USAGE, 2);
  if (values.entities === undefined) fail('--entities is required');
  const entities = parseEntityCount(values.entities);
  if (entities === undefined) fail(`--entities must be a number like 10000, 100k or 1M; got ${JSON.stringify(values.entities)}`);
  return { entities, seed: values.seed ?? DEFAULT_SEED, out: values.out ?? join(BENCH_DIR, `corpus-${values.entities}`) };
}

function fail(message: string): never {
  return exitWithUsage(message, USAGE, 2);
}

const grouped = (n: number) => n.toLocaleString('en-US');

/** A progress line on stderr, once the run has taken long enough for one to help. */
function printProgress(progress: SynthProgress): void {
  if (progress.elapsedMs < 1000) return;
  const percent = Math.round((100 * progress.articles) / progress.totalArticles);
  console.error(
    `corpus:synth ${String(percent).padStart(3)}%  ${grouped(progress.articles)}/${grouped(progress.totalArticles)} articles  ` +
      `${grouped(progress.entities)}/${grouped(progress.totalEntities)} entities  ${(progress.elapsedMs / 1000).toFixed(1)} s`,
  );
}

function main(): void {
  const args = parseArguments(process.argv.slice(2));
  let result;
  try {
    result = generateCorpus({ ...args, onProgress: printProgress });
  } catch (error) {
    if (!(error instanceof RangeError) && !(error instanceof Error && /corpus:synth/.test(error.message))) throw error;
    fail(error.message);
  }
  console.log(`Wrote ${grouped(args.entities)} entities (seed ${JSON.stringify(result.seed)}) to ${result.directory}`);
  console.log(`${grouped(result.counts.sources)} articles, ${(result.bytes / 1e6).toFixed(1)} MB, in ${(result.elapsedMs / 1000).toFixed(1)} s`);
  console.table(result.counts);
  console.log(`Serve it:  CORPUS_DIR=${result.directory} npm start`);
}

main();
