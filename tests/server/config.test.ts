/** Reading the servers' settings: what each variable promises, and clear errors for values that would be taken silently. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDirectory } from '../../src/corpus-dir';
import { readServerConfig } from '../../src/server/config';
import { startServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';

const APOLLO = ['https://sandbox.embed.apollographql.com', 'https://studio.apollographql.com'];

describe('NODE_ENV', () => {
  test.each([
    [undefined, false],
    ['', false],
    ['development', false],
    ['test', false],
    ['production', true],
  ])('%s is accepted (production: %s)', (value, production) => {
    expect(readServerConfig({ NODE_ENV: value }).production).toBe(production);
  });

  test.each(['prod', 'Production', 'staging'])('%s is refused, listing the accepted values', (value) => {
    expect(() => readServerConfig({ NODE_ENV: value })).toThrow(
      `NODE_ENV must be one of production, development, test (got ${JSON.stringify(value)}); leave it unset for development`,
    );
  });
});

describe('CORPUS_WATCH and CORPUS_RELOAD_DEBOUNCE_MS', () => {
  test('the client graph and the subgraph read them; the gateway, which serves no corpus, does not', () => {
    expect(readServerConfig({}, 'subgraph').corpus).toEqual({ watch: true, reloadDebounceMs: 300 });
    const env = { CORPUS_WATCH: '0', CORPUS_RELOAD_DEBOUNCE_MS: '50' };
    expect(readServerConfig(env).corpus).toEqual({ watch: false, reloadDebounceMs: 50 });
    expect(readServerConfig(env, 'subgraph').corpus).toEqual({ watch: false, reloadDebounceMs: 50 });
    expect('corpus' in readServerConfig(env, 'gateway')).toBe(false);
    expect(() => readServerConfig({ CORPUS_WATCH: 'yes' }, 'subgraph')).toThrow('CORPUS_WATCH must be 1 or 0 (got "yes")');
    expect(() => readServerConfig({ CORPUS_RELOAD_DEBOUNCE_MS: '-1' }, 'subgraph')).toThrow(
      'CORPUS_RELOAD_DEBOUNCE_MS must be a whole number from 0 to 60000 (got "-1"); leave it unset for 300',
    );
  });
});

describe('CORS_ORIGINS', () => {
  test('unset, the local origins follow PORT, beside Apollo Sandbox and Studio', () => {
    expect(readServerConfig({}).http.corsOrigins).toEqual(['http://localhost:4000', 'http://127.0.0.1:4000', ...APOLLO]);
    expect(readServerConfig({ PORT: '8080' }).http.corsOrigins).toEqual(['http://localhost:8080', 'http://127.0.0.1:8080', ...APOLLO]);
    expect(readServerConfig({}, 'subgraph').http.corsOrigins).toEqual(['http://localhost:4001', 'http://127.0.0.1:4001', ...APOLLO]);
    expect(readServerConfig({ PORT: '0' }).http.corsOrigins).toEqual(APOLLO);
  });

  test('unset in production, no origin: the development list never applies there', async () => {
    expect(readServerConfig({ NODE_ENV: 'production' }).http.corsOrigins).toEqual([]);
    expect(readServerConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://analysts.example.org' }).http.corsOrigins).toEqual([
      'https://analysts.example.org',
    ]);
    const server = await startServer(loadSeedRepository(), { env: { NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'silent' } });
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://sandbox.embed.apollographql.com' },
        body: JSON.stringify({ query: '{ people { totalCount } }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.stop();
    }
  });

  test('a list of origins, trimmed', () => {
    expect(readServerConfig({ CORS_ORIGINS: 'https://analysts.example.org, http://localhost:3000' }).http.corsOrigins).toEqual([
      'https://analysts.example.org',
      'http://localhost:3000',
    ]);
  });

  test('* alone is any origin; mixed with origins it is refused', () => {
    expect(readServerConfig({ CORS_ORIGINS: ' * ' }).http.corsOrigins).toEqual(['*']);
    expect(() => readServerConfig({ CORS_ORIGINS: '*,https://analysts.example.org' })).toThrow(
      'CORS_ORIGINS is either * (any origin) or a list of origins, not both (got "*,https://analysts.example.org"); set it to comma-separated origins like https://analysts.example.org,http://localhost:3000, or to * alone for any origin',
    );
  });

  test.each([
    ['https://analysts.example.org/', 'send https://analysts.example.org instead, or '],
    ['https://Analysts.example.org', 'send https://analysts.example.org instead, or '],
    ['analysts.example.org', ''],
    ['ftp://analysts.example.org', ''],
  ])('%s is refused: it is not an origin as browsers send it', (origin, instead) => {
    expect(() => readServerConfig({ CORS_ORIGINS: `http://localhost:3000,${origin}` })).toThrow(
      `CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin as browsers send it (scheme://host[:port], lower case, no path or trailing slash); ${instead}set it to`,
    );
  });

  test('a list of nothing is refused', () => {
    expect(() => readServerConfig({ CORS_ORIGINS: ' , ' })).toThrow('CORS_ORIGINS names no origin (got " , "); set it to comma-separated origins');
  });

  test('* lets any browser origin call the API', async () => {
    const server = await startServer(loadSeedRepository(), { env: { CORS_ORIGINS: '*', PORT: '0', LOG_LEVEL: 'silent' } });
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://anyone.example' },
        body: JSON.stringify({ query: '{ people { totalCount } }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await server.stop();
    }
  });
});

describe('CORPUS_DIR', () => {
  test('unset or empty: the bundled seeds', () => {
    expect(corpusDirectory({})).toBe(join(__dirname, '..', '..', 'seeds'));
    expect(corpusDirectory({ CORPUS_DIR: '' })).toBe(join(__dirname, '..', '..', 'seeds'));
  });

  test('a directory that does not exist, or a file, is refused with what to set', () => {
    expect(() => readServerConfig({ CORPUS_DIR: '/nonexistent/corpus' })).toThrow(
      'CORPUS_DIR must be a directory of articles (*.txt) and their annotations (*.yaml), but /nonexistent/corpus does not exist; set it to such a directory, or leave it unset for the bundled seeds/',
    );
    const dir = mkdtempSync(join(tmpdir(), 'corpus-file-'));
    try {
      writeFileSync(join(dir, 'article.txt'), 'text');
      expect(() => corpusDirectory({ CORPUS_DIR: join(dir, 'article.txt') })).toThrow(`but ${join(dir, 'article.txt')} is not a directory;`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
