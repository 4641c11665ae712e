import { resolve } from 'node:path';
import { SEEDS_DIR } from './paths';

/** The corpus the service serves: `CORPUS_DIR`, or the bundled seeds. */
export function corpusDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CORPUS_DIR ?? SEEDS_DIR);
}
