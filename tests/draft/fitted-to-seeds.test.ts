/**
 * The extractor must be general: no string of the seed articles appears in its code. No name
 * the seed annotations give (people, organisations, places, with their aliases) and no run of
 * five words of a seed article is written in src/draft/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR, loadSeedCorpus } from '../helpers/seeds';

const DRAFT_DIR = join(__dirname, '..', '..', 'src', 'draft');
const code = readdirSync(DRAFT_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(DRAFT_DIR, f), 'utf8'))
  .join('\n')
  .toLowerCase();
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const codeWords = ` ${words(code).join(' ')} `;
/** Acronyms ("US", "IS") are compared in capitals: in lower case they are English words; "US$" is a currency's sign. */
const codeAcronyms = new Set(
  readdirSync(DRAFT_DIR)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => readFileSync(join(DRAFT_DIR, f), 'utf8').match(/\b\p{Lu}{2,}\b(?!\$)/gu) ?? []),
);

test('no name of a seed entity is written in the extractor', () => {
  const corpus = loadSeedCorpus();
  const names = [...corpus.people, ...corpus.organisations, ...corpus.places].flatMap((e) => [e.name, ...e.aliases]);
  expect(names.length).toBeGreaterThan(100);
  const written = names.filter((name) => (/^\p{Lu}+$/u.test(name) ? codeAcronyms.has(name) : codeWords.includes(` ${words(name).join(' ')} `)));
  expect(written).toEqual([]);
});

test('no five words running of a seed article are written in the extractor', () => {
  const found: string[] = [];
  for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))) {
    const text = words(readFileSync(join(SEEDS_DIR, file), 'utf8'));
    for (let i = 0; i + 5 <= text.length; i++) {
      const run = text.slice(i, i + 5).join(' ');
      if (codeWords.includes(` ${run} `)) found.push(`${file}: ${run}`);
    }
  }
  expect(found).toEqual([]);
});
