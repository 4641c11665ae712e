/**
 * Writes a synthetic corpus of exactly N entities, in the format the loader reads: one
 * `NNNNNN_<hash>.txt` article and one `.json` annotation beside it per source. The same
 * entities and seed always write the same files, byte for byte.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeArticle } from './article/write-article';
import { EntityCounts, planCounts } from './plan';
import { mix } from './random';
import { SynthWorld } from './world/synth-world';

export const DEFAULT_SEED = '1';

/** Marks a directory as written by the generator (a dotfile without an extension: the loader skips it). */
export const MANIFEST_FILE = '.synth-manifest';
const GENERATED_FILE = /^\d+_[0-9a-f]{16}\.(txt|json)$/;

export interface SynthOptions {
  readonly entities: number;
  readonly seed?: string;
  /** The directory to write; created if missing, replaced if the generator wrote it before. */
  readonly out: string;
  /** Called every 5% of the articles, and when done. */
  readonly onProgress?: (progress: SynthProgress) => void;
}

export interface SynthProgress {
  readonly articles: number;
  readonly totalArticles: number;
  readonly entities: number;
  readonly totalEntities: number;
  readonly elapsedMs: number;
}

export interface SynthResult {
  readonly directory: string;
  readonly seed: string;
  readonly counts: EntityCounts;
  readonly bytes: number;
  readonly elapsedMs: number;
}

export function generateCorpus(options: SynthOptions): SynthResult {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const counts = planCounts(options.entities);
  const world = new SynthWorld(seed, counts);
  prepareDirectory(options.out);

  const articles = counts.sources;
  const width = Math.max(3, String(articles - 1).length);
  const step = Math.max(1, Math.ceil(articles / 20));
  let entities = 0;
  let bytes = 0;
  for (let article = 0; article < articles; article++) {
    const { text, annotation, defined } = writeArticle(world, article);
    const name = `${String(article).padStart(width, '0')}_${fileHash(world, article)}`;
    const json = `${JSON.stringify(annotation)}\n`;
    writeFileSync(join(options.out, `${name}.txt`), text);
    writeFileSync(join(options.out, `${name}.json`), json);
    bytes += Buffer.byteLength(text) + Buffer.byteLength(json);
    entities += 1 + Object.values(defined).reduce((sum, n) => sum + n, 0);
    const done = article + 1;
    if (done % step === 0 || done === articles) {
      options.onProgress?.({ articles: done, totalArticles: articles, entities, totalEntities: options.entities, elapsedMs: performance.now() - started });
    }
  }
  if (entities !== options.entities) throw new Error(`internal error: wrote ${entities} entities, not ${options.entities}`);
  writeFileSync(join(options.out, MANIFEST_FILE), `${JSON.stringify({ generator: 'corpus:synth', entities, seed, counts }, null, 2)}\n`);
  return { directory: options.out, seed, counts, bytes, elapsedMs: performance.now() - started };
}

/** Sixteen hex digits, like the seeds' `NNN_<hash>` names. */
function fileHash(world: SynthWorld, article: number): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(mix(world.seedHash, 0xf11e, article)) + hex(mix(world.seedHash, 0xf11f, article));
}

/** An empty directory to write into; refuses to clear one the generator did not write. */
function prepareDirectory(directory: string): void {
  if (!existsSync(directory)) {
    mkdirSync(directory, { recursive: true });
    return;
  }
  const files = readdirSync(directory);
  if (files.length === 0) return;
  if (!files.includes(MANIFEST_FILE)) {
    throw new Error(`${directory} is not empty and was not written by corpus:synth; give an empty or new --out directory`);
  }
  const others = files.filter((file) => file !== MANIFEST_FILE && !GENERATED_FILE.test(file));
  if (others.length > 0) throw new Error(`${directory} holds files corpus:synth did not write (${others.slice(0, 3).join(', ')}); not replacing it`);
  for (const file of files) rmSync(join(directory, file));
}
