/**
 * Synthetic corpora for tests, written once per size and seed under the system's temporary
 * directory, and removed when the test file ends (call removeSynthCorpora in afterAll).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../../src/domain';
import { loadCorpus } from '../../src/loader';
import { generateCorpus, SynthResult } from '../../src/synth';

const written = new Map<string, SynthResult>();
const directories: string[] = [];

/** A fresh temporary directory, removed by removeSynthCorpora. */
export function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'synth-'));
  directories.push(directory);
  return directory;
}

/** The corpus of `entities` entities for `seed`, written on first use. */
export function synthCorpus(entities: number, seed = 'test'): SynthResult {
  const key = `${entities}/${seed}`;
  let result = written.get(key);
  if (!result) {
    result = generateCorpus({ entities, seed, out: join(temporaryDirectory(), 'corpus') });
    written.set(key, result);
  }
  return result;
}

export function loadSynthCorpus(entities: number, seed = 'test'): Corpus {
  return loadCorpus(synthCorpus(entities, seed).directory);
}

export function removeSynthCorpora(): void {
  written.clear();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** Entities as the generator counts them: everything but affiliations. */
export function entityCount(corpus: Corpus): number {
  const { affiliations: _affiliations, ...counted } = corpus;
  return Object.values(counted).reduce((sum, list) => sum + list.length, 0);
}
