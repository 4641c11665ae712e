import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from '../../paths';
import { generateCorpus, MANIFEST_FILE } from '../../synth';

/** The corpus of `entities` entities, written if it is missing (or stale, or `regenerate`); how long writing took. */
export function ensureCorpus(label: string, entities: number, seed: string, regenerate: boolean): { directory: string; generateMs?: number } {
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
