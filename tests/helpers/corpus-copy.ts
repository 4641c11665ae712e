/** A server's corpus as it changes under a test: a copy of the seeds to edit, and waiting for a reload. */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/server/plugins/observability';
import { SEEDS_DIR } from './seeds';

/** A copy of the seeds' articles and annotations, in a directory of its own (`prefix` names it). */
export function copyOfSeeds(prefix = 'living-corpus-'): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  for (const file of readdirSync(SEEDS_DIR).filter((name) => /\.(txt|yaml)$/.test(name))) copyFileSync(join(SEEDS_DIR, file), join(directory, file));
  return directory;
}

/** Waits, a bounded number of times, until `check` gives a value; fails naming what it waited for. */
export async function waitUntil<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting until ${what}`);
}

/** A logger at info whose JSON lines a test reads, as written. */
export function loggerToLines(): { logger: Logger; logLines: string[] } {
  const logLines: string[] = [];
  const logger = createLogger(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    }),
  );
  return { logger, logLines };
}
