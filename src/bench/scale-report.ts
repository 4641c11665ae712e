/**
 * `npm run scale -- [--sizes 10k,100k,1M] [--seed S] [--regenerate] [--search]`
 *
 * Measures the service at scale through the real loader: for each size, a synthetic corpus
 * (.bench/corpus-<size>, written by corpus:synth if missing), then in a fresh process each: boot
 * (load + build the repository) time and memory, the cost of id and relation lookups per key
 * in the repository, and the latency of id and relation lookup operations executed through
 * the schema (what a request waits for). Prints a table and writes it to .bench/scale-report.md.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from '../paths';
import { exitWithUsage, readCommandLine } from '../process/command-line';
import { DEFAULT_SEED, parseEntityCount } from '../synth';
import { type Measurement, measureCorpus } from './scale/measure-corpus';
import { ensureCorpus } from './scale/scale-corpus';
import { type Row, scaleTable } from './scale/scale-table';

const USAGE = 'usage: npm run scale -- [--sizes 10k,100k,1M] [--seed S] [--regenerate] [--search]';

function main(): void {
  const { values } = readCommandLine(
    {
      args: process.argv.slice(2),
      options: {
        sizes: { type: 'string', default: '10k,100k,1M' },
        seed: { type: 'string', default: DEFAULT_SEED },
        regenerate: { type: 'boolean', default: false },
        search: { type: 'boolean', default: false },
        // The child's: measure one corpus and print the measurement as JSON.
        measure: { type: 'string' },
      },
    },
    USAGE,
    2,
  );
  if (values.measure !== undefined) {
    // The child: one corpus, one process, so that memory is its own.
    void measureCorpus(values.measure, values.search).then((measurement) => process.stdout.write(JSON.stringify(measurement)));
    return;
  }
  const labels = values.sizes.split(',');
  const sizes = labels.map((label) => parseEntityCount(label) ?? exitWithUsage(`not a size: ${label} (give e.g. 10k, 100k, 1M)`, USAGE, 2));
  const rows: Row[] = [];
  mkdirSync(BENCH_DIR, { recursive: true });
  labels.forEach((label, i) => {
    const { directory, generateMs } = ensureCorpus(label, sizes[i]!, values.seed, values.regenerate);
    console.error(`measuring ${label}…`);
    const output = execFileSync(process.execPath, [__filename, '--measure', directory, ...(values.search ? ['--search'] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    rows.push({ label, generateMs, ...(JSON.parse(output) as Measurement) });
  });
  const report = `# Scale report\n\n${new Date().toISOString()}, Node ${process.version}, seed ${JSON.stringify(values.seed)}\n\n${scaleTable(rows)}\n`;
  writeFileSync(join(BENCH_DIR, 'scale-report.md'), report);
  console.log(report);
}

main();
