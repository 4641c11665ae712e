/**
 * Corpus files that are not plain files, or too large (issue 18): each stops the load with a
 * problem naming its file, and none hangs it (a FIFO used to block the read forever).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusLoadError, loadCorpus } from '../../src/loader';
import { readServerConfig } from '../../src/server/config';

const SEEDS = join(__dirname, '..', '..', 'seeds');
let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'file-kinds-'));
  cpSync(SEEDS, directory, { recursive: true, filter: (path) => !path.endsWith('.md') });
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof CorpusLoadError) return error.problems.map((problem) => `${problem.file}: ${problem.message}`);
    throw error;
  }
  throw new Error('the corpus loaded');
}

test('a directory named like an annotation is a problem naming it', () => {
  mkdirSync(join(directory, '009_extra.yaml'));
  writeFileSync(join(directory, '009_extra.txt'), 'An article.');
  expect(problemsOf(() => loadCorpus(directory))).toEqual([
    '009_extra.yaml: is a directory, not a file: an article is NAME.txt and its annotation NAME.yaml (or .json) beside it',
    '009_extra.txt: the article has no annotation file; write 009_extra.yaml beside it (see seeds/README.md)',
  ]);
});

test('a FIFO named like an article is refused at once, naming it, instead of blocking the load', () => {
  execFileSync('mkfifo', [join(directory, '009_fifo.txt')]);
  writeFileSync(join(directory, '009_fifo.yaml'), 'title: x\n');
  expect(problemsOf(() => loadCorpus(directory))).toEqual([
    '009_fifo.txt: is not a regular file (a FIFO, socket or device): the loader reads only plain files; replace it with the file itself',
    '009_fifo.yaml: no article 009_fifo.txt beside this annotation',
  ]);
});

test('an article over the size cap is a problem naming it, with its size and the setting', () => {
  writeFileSync(join(directory, '000_150700d15ac01610.txt'), 'x'.repeat(2 * 2 ** 20 + 1));
  expect(problemsOf(() => loadCorpus(directory, { maxFileBytes: 2 * 2 ** 20 }))).toEqual([
    '000_150700d15ac01610.txt: is 2.0 MB; a corpus file may be at most 2 MB (CORPUS_MAX_FILE_MB): split the article, or raise the limit',
    '000_150700d15ac01610.yaml: no article 000_150700d15ac01610.txt beside this annotation',
  ]);
  expect(readServerConfig({}).corpusMaxFileBytes).toBe(16 * 2 ** 20);
  expect(readServerConfig({ CORPUS_MAX_FILE_MB: '2' }).corpusMaxFileBytes).toBe(2 * 2 ** 20);
});

test('a YAML alias bomb ("billion laughs") is a problem naming its file, not a crash of the load', () => {
  const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const bomb = levels
    .map(
      (name, i) =>
        `${name}: &${name} [${Array(9)
          .fill(i === 0 ? '"lol"' : `*${levels[i - 1]}`)
          .join(', ')}]`,
    )
    .join('\n');
  writeFileSync(join(directory, '000_150700d15ac01610.yaml'), `${bomb}\n`);
  expect(problemsOf(() => loadCorpus(directory))).toEqual([
    '000_150700d15ac01610.yaml: not valid YAML: its aliases expand past 100 (a YAML "billion laughs" bomb, or an annotation written with far too many aliases); write each value out, using aliases sparingly',
  ]);
});
