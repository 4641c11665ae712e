import { join } from 'node:path';
import type { Corpus } from '../../src/domain';
import { loadCorpus } from '../../src/loader';
import { CorpusRepository } from '../../src/repository';

/** The bundled corpus: the five seed articles and their annotations. */
export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

/** The seed files, by the short name tests use for them. */
export const SEED_FILES = {
  '000': '000_150700d15ac01610.txt',
  '001': '001_a4434f45696c2376.txt',
  '002': '002_cbbf1589787f8c83.txt',
  '003': '003_11878fe85ac71e74.txt',
  '004': '004_66efdd79a9b7b58a.txt',
} as const;

export function loadSeedCorpus(): Corpus {
  return loadCorpus(SEEDS_DIR);
}

export function loadSeedRepository(): CorpusRepository {
  return new CorpusRepository(loadSeedCorpus());
}
