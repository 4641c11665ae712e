import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { ANNOTATION_EXTENSIONS } from './load-corpus';

/** Whether a file of the corpus directory is one the loader reads: an article or an annotation. */
export function isCorpusFile(file: string): boolean {
  const { ext } = parse(file);
  return ext === '.txt' || ANNOTATION_EXTENSIONS.includes(ext);
}

/**
 * The version of the corpus in `directory`: a SHA-256 of every article and annotation, by
 * name and content, so that it changes whenever any file does (or one comes or goes), and
 * only then. Hex, 64 characters.
 */
export function corpusVersion(directory: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(directory).filter(isCorpusFile).sort()) {
    const content = readFileSync(join(directory, file));
    hash.update(`${file}\u0000${content.length}\u0000`);
    hash.update(content);
  }
  return hash.digest('hex');
}
