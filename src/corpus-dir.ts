import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEEDS_DIR } from './paths';

/** The corpus the service serves: `CORPUS_DIR`, which must be a directory, or the bundled seeds. */
export function corpusDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.CORPUS_DIR;
  if (raw === undefined || raw === '') return SEEDS_DIR;
  const directory = resolve(raw);
  const found = statSync(directory, { throwIfNoEntry: false });
  if (!found?.isDirectory()) {
    throw new Error(
      `CORPUS_DIR must be a directory of articles (*.txt) and their annotations (*.yaml), but ${directory} ${found ? 'is not a directory' : 'does not exist'}; ` +
        'set it to such a directory, or leave it unset for the bundled seeds/',
    );
  }
  return directory;
}
