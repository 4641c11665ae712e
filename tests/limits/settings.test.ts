/** Reading the limits from the environment: one variable each, defaults when unset, clear errors. */
import { readServerConfig } from '../../src/server/config';
import { DEFAULT_LIMITS } from '../../src/server/plugins/limits';

const readLimits = (env: Record<string, string>) => readServerConfig(env).limits;

test('unset (or empty) variables give the defaults', () => {
  expect(readLimits({})).toEqual(DEFAULT_LIMITS);
  expect(readLimits({ MAX_DEPTH: '', BLOCK_FIELD_SUGGESTIONS: '' })).toEqual(DEFAULT_LIMITS);
  expect(DEFAULT_LIMITS).toEqual({
    maxQueryChars: 3000,
    maxTokens: 250,
    maxDepth: 10,
    maxAliases: 15,
    maxDirectives: 10,
    maxCost: 10000,
    maxIdLength: 200,
    maxSearches: 3,
    maxSearchTerms: 6,
    blockFieldSuggestions: true,
    fairShare: { percent: 25, maxWaiting: 32, keyHeader: 'x-api-key' },
  });
});

test('each limit has its own variable', () => {
  expect(
    readLimits({
      MAX_QUERY_CHARS: '5000',
      MAX_TOKENS: '400',
      MAX_DEPTH: '8',
      MAX_ALIASES: '0',
      MAX_DIRECTIVES: '0',
      MAX_COST: '20000',
      MAX_ID_LENGTH: '100',
      MAX_SEARCHES: '1',
      MAX_SEARCH_TERMS: '4',
      BLOCK_FIELD_SUGGESTIONS: '0',
      FAIR_SHARE_PERCENT: '50',
      FAIR_SHARE_MAX_WAITING: '4',
      COST_BUDGET_KEY_HEADER: 'X-Client',
    }),
  ).toEqual({
    maxQueryChars: 5000,
    maxTokens: 400,
    maxDepth: 8,
    maxAliases: 0,
    maxDirectives: 0,
    maxCost: 20000,
    maxIdLength: 100,
    maxSearches: 1,
    maxSearchTerms: 4,
    blockFieldSuggestions: false,
    fairShare: { percent: 50, maxWaiting: 4, keyHeader: 'x-client' },
  });
  expect(readLimits({ BLOCK_FIELD_SUGGESTIONS: 'true' }).blockFieldSuggestions).toBe(true);
});

test.each([
  ['MAX_QUERY_CHARS', '3k', 'MAX_QUERY_CHARS must be a whole number from 1 up (got "3k"); leave it unset for 3000'],
  ['MAX_TOKENS', '0', 'MAX_TOKENS must be a whole number from 1 up (got "0"); leave it unset for 250'],
  ['MAX_DEPTH', '2.5', 'MAX_DEPTH must be a whole number from 1 up (got "2.5"); leave it unset for 10'],
  ['MAX_ALIASES', '-1', 'MAX_ALIASES must be a whole number from 0 up (got "-1"); leave it unset for 15'],
  ['MAX_DIRECTIVES', 'none', 'MAX_DIRECTIVES must be a whole number from 0 up (got "none"); leave it unset for 10'],
  ['MAX_COST', '1e9x', 'MAX_COST must be a whole number from 1 up (got "1e9x"); leave it unset for 10000'],
  ['BLOCK_FIELD_SUGGESTIONS', 'on', 'BLOCK_FIELD_SUGGESTIONS must be 1 or 0 (got "on")'],
  ['FAIR_SHARE_PERCENT', '0', 'FAIR_SHARE_PERCENT must be a whole number from 1 to 100 (got "0"); leave it unset for 25'],
  ['FAIR_SHARE_MAX_WAITING', '0', 'FAIR_SHARE_MAX_WAITING must be a whole number from 1 up (got "0"); leave it unset for 32'],
])('%s=%s is refused: %s', (name, value, message) => {
  expect(() => readLimits({ [name]: value })).toThrow(message);
});

describe('per-client cost budgets', () => {
  test('are off unless COST_BUDGET is set (0 is off too)', () => {
    expect(readLimits({}).costBudget).toBeUndefined();
    expect(readLimits({ COST_BUDGET: '0' }).costBudget).toBeUndefined();
  });

  test('COST_BUDGET, its window and the header that names a client', () => {
    const redisTimeouts = { redisConnectTimeoutMs: 5000, redisCommandTimeoutMs: 500 };
    expect(readLimits({ COST_BUDGET: '50000' }).costBudget).toEqual({ points: 50000, windowSeconds: 60, keyHeader: 'x-api-key', ...redisTimeouts });
    expect(readLimits({ COST_BUDGET: '50000', COST_BUDGET_WINDOW_SECONDS: '10', COST_BUDGET_KEY_HEADER: 'Authorization' }).costBudget).toEqual({
      points: 50000,
      windowSeconds: 10,
      keyHeader: 'authorization',
      ...redisTimeouts,
    });
  });

  test("REDIS_URL's waits: the start's for an answer, and each count's", () => {
    expect(
      readLimits({ COST_BUDGET: '50000', REDIS_URL: 'redis://redis.internal:6379', REDIS_CONNECT_TIMEOUT_MS: '20000', REDIS_COMMAND_TIMEOUT_MS: '250' })
        .costBudget,
    ).toEqual({
      points: 50000,
      windowSeconds: 60,
      keyHeader: 'x-api-key',
      redisUrl: 'redis://redis.internal:6379',
      redisConnectTimeoutMs: 20000,
      redisCommandTimeoutMs: 250,
    });
  });

  test.each([
    [{ COST_BUDGET: 'lots' }, 'COST_BUDGET must be a whole number from 0 up (got "lots"); leave it unset for 0'],
    [{ COST_BUDGET: '5000' }, 'COST_BUDGET must be at least MAX_COST (10000), or 0 for no budgets (got 5000)'],
    [{ COST_BUDGET: '50000', COST_BUDGET_WINDOW_SECONDS: '0' }, 'COST_BUDGET_WINDOW_SECONDS must be a whole number from 1 up (got "0"); leave it unset for 60'],
    [
      { COST_BUDGET: '50000', REDIS_CONNECT_TIMEOUT_MS: '5s' },
      'REDIS_CONNECT_TIMEOUT_MS must be a whole number from 1 to 600000 (got "5s"); leave it unset for 5000',
    ],
    // Checked without COST_BUDGET too, as REDIS_URL is: a bad value stops the start whatever reads it.
    [{ REDIS_CONNECT_TIMEOUT_MS: '0' }, 'REDIS_CONNECT_TIMEOUT_MS must be a whole number from 1 to 600000 (got "0"); leave it unset for 5000'],
    [{ REDIS_COMMAND_TIMEOUT_MS: '-1' }, 'REDIS_COMMAND_TIMEOUT_MS must be a whole number from 1 to 60000 (got "-1"); leave it unset for 500'],
    [
      { COST_BUDGET: '50000', REDIS_COMMAND_TIMEOUT_MS: '3600000' },
      'REDIS_COMMAND_TIMEOUT_MS must be a whole number from 1 to 60000 (got "3600000"); leave it unset for 500',
    ],
  ])('%j is refused: %s', (env, message) => {
    expect(() => readLimits(env)).toThrow(message);
  });
});
