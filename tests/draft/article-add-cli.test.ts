/**
 * `npm run article:add` as a user runs it (dist/cli/article-add.js, built by the global setup):
 * it writes the article and its draft into CORPUS_DIR and prints a summary; bad input exits 1
 * with a message saying what to send instead, and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/loader';
import { SEEDS_DIR } from '../helpers/seeds';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'article-add.js');
const SAMPLE = join(ROOT, 'docs', 'examples', 'bishkek-water-forum.txt');

function run(corpusDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, CORPUS_DIR: corpusDir }, encoding: 'utf8', timeout: 60_000 });
}

describe('article:add', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'article-add-'));
    cpSync(SEEDS_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('adds the article with a draft the loader accepts, and prints what it wrote', () => {
    const result = run(dir, SAMPLE, '--published', '2026-03-14', '--url', 'https://example.org/water-forum');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*005_[0-9a-f]{16}\.txt \(the article, unchanged\)$/m);
    expect(result.stdout).toMatch(/\(review: draft\)/);
    expect(result.stdout).toMatch(/amount "\$1\.5 million" = 1500000 USD/);
    expect(readdirSync(dir).filter((f) => f.startsWith('005_'))).toHaveLength(2);
    const corpus = loadCorpus(dir);
    expect(corpus.sources.find((s) => s.url === 'https://example.org/water-forum')?.review).toBe('DRAFT');
  });

  test.each([
    ['no file', [], /give exactly one article file \(got 0\)\nusage: npm run article:add/],
    ['a bad date', [SAMPLE, '--published', '14/03/2026'], /--published "14\/03\/2026" is not a date; give the day of publication as YYYY-MM-DD/],
    ['an unknown option', [SAMPLE, '--author', 'x'], /Unknown option '--author'/],
    ['a missing file', ['nowhere.txt'], /no article at nowhere\.txt/],
  ])('refuses %s, exit 1, nothing written', (_case, args, message) => {
    const before = readdirSync(dir).length;
    const result = run(dir, ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(dir)).toHaveLength(before);
  });
});
