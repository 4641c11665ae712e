import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { romanisationKey } from '../src/repository';
import { ROMANISATION_RULES } from '../src/repository/romanisation-key';

const ROOT = join(__dirname, '..');

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((name) => sourceFiles(join(path, name)));
}

/** Every environment variable the servers read: `env.NAME`, or the config helpers' `(env, 'NAME'`. */
function variablesReadBy(paths: readonly string[]): string[] {
  const names = new Set<string>();
  for (const file of paths.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\benv\.([A-Z][A-Z0-9_]+)|\(\s*(?:process\.)?env,\s*'([A-Z][A-Z0-9_]+)'/g)) names.add(match[1] ?? match[2]!);
  }
  return [...names].sort();
}

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const production = readme.slice(readme.indexOf('## Running in production'), readme.indexOf('\n## ', readme.indexOf('## Running in production') + 1));

  test('lists every variable the servers read, with its default, under "Running in production"', () => {
    const variables = variablesReadBy(['src/server', 'src/gateway', 'src/corpus-dir.ts']);
    expect(variables).toEqual(expect.arrayContaining(['PORT', 'NODE_ENV', 'MAX_DEPTH', 'LOG_LEVEL', 'RESPONSE_CACHE']));
    const rows = new Map([...production.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2]!.trim()]));
    for (const name of variables) {
      expect({ name, documented: rows.has(name) }).toEqual({ name, documented: true });
      expect(rows.get(name)).not.toBe('');
    }
  });

  test('"Spelling: how names are matched" has a row for each romanisation rule, in the table\'s order, and its examples hold', () => {
    const spelling = readme.slice(readme.indexOf('### Spelling: how names are matched'), readme.indexOf('\n## ', readme.indexOf('### Spelling')));
    const rows = [...spelling.matchAll(/^\| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].slice(2).map((m) => [m[1]!.trim(), m[2]!.trim(), m[3]!.trim()] as const);
    const ruleRows = ROMANISATION_RULES.map((rule) => rows.findIndex(([written, key]) => written.startsWith(rule.from.join(', ')) && key === rule.to));
    expect(ruleRows.every((row) => row >= 0)).toBe(true);
    expect(ruleRows).toEqual([...ruleRows].sort((a, b) => a - b));
    for (const [, , examples] of rows) {
      for (const pair of examples.split('; ')) {
        const spellings = pair.split(', ');
        expect({ spellings, keys: new Set(spellings.map(romanisationKey)).size }).toEqual({ spellings, keys: 1 });
      }
    }
  });

  test('gives the two commands of the quick start', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
