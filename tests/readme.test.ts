import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { romanisationKey } from '../src/repository';
import { ROMANISATION_RULES } from '../src/repository/romanisation-key';
import { SETTINGS } from '../src/server/config';

const ROOT = join(__dirname, '..');

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((name) => sourceFiles(join(path, name)));
}

/** Every environment variable read outside the settings table: `env.NAME`, or a helper's `(env, 'NAME'`. */
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
    // The servers' settings table (src/server/config/settings.ts), and any variable read elsewhere.
    const variables = [...new Set([...Object.keys(SETTINGS), ...variablesReadBy(['src/server', 'src/gateway', 'src/corpus-dir.ts'])])].sort();
    expect(variables).toEqual(expect.arrayContaining(['PORT', 'NODE_ENV', 'MAX_DEPTH', 'LOG_LEVEL', 'RESPONSE_CACHE']));
    const rows = new Map([...production.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2]!.trim()]));
    for (const name of variables) {
      expect({ name, documented: rows.has(name) }).toEqual({ name, documented: true });
      expect(rows.get(name)).not.toBe('');
    }
    // The table's defaults, as README shows them: numbers and words as written, switches as 1 or 0.
    for (const [name, { default: value }] of Object.entries(SETTINGS)) {
      const shown =
        typeof value === 'boolean'
          ? value
            ? '1'
            : '0'
          : typeof value === 'number' || (typeof value === 'string' && !value.includes('/'))
            ? String(value)
            : undefined;
      if (shown !== undefined) expect({ name, default: rows.get(name) }).toEqual({ name, default: expect.stringContaining(`\`${shown}\``) });
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
