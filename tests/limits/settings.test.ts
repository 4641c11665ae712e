/** Reading the limits from the environment: one variable each, defaults when unset, clear errors. */
import { DEFAULT_LIMITS, readLimits } from '../../src/server/limits';

test('unset (or empty) variables give the defaults', () => {
  expect(readLimits({})).toEqual(DEFAULT_LIMITS);
  expect(readLimits({ MAX_DEPTH: '', BLOCK_FIELD_SUGGESTIONS: '' })).toEqual(DEFAULT_LIMITS);
  expect(DEFAULT_LIMITS).toEqual({
    maxQueryChars: 3000,
    maxTokens: 250,
    maxDepth: 10,
    maxAliases: 15,
    maxDirectives: 10,
    maxCost: 3500,
    blockFieldSuggestions: true,
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
      MAX_COST: '10000',
      BLOCK_FIELD_SUGGESTIONS: '0',
    }),
  ).toEqual({ maxQueryChars: 5000, maxTokens: 400, maxDepth: 8, maxAliases: 0, maxDirectives: 0, maxCost: 10000, blockFieldSuggestions: false });
  expect(readLimits({ BLOCK_FIELD_SUGGESTIONS: 'true' }).blockFieldSuggestions).toBe(true);
});

test.each([
  ['MAX_QUERY_CHARS', '3k', 'MAX_QUERY_CHARS must be a whole number from 1 up (got "3k"); leave it unset for 3000'],
  ['MAX_TOKENS', '0', 'MAX_TOKENS must be a whole number from 1 up (got "0"); leave it unset for 250'],
  ['MAX_DEPTH', '2.5', 'MAX_DEPTH must be a whole number from 1 up (got "2.5"); leave it unset for 10'],
  ['MAX_ALIASES', '-1', 'MAX_ALIASES must be a whole number from 0 up (got "-1"); leave it unset for 15'],
  ['MAX_DIRECTIVES', 'none', 'MAX_DIRECTIVES must be a whole number from 0 up (got "none"); leave it unset for 10'],
  ['MAX_COST', '1e9x', 'MAX_COST must be a whole number from 1 up (got "1e9x"); leave it unset for 3500'],
  ['BLOCK_FIELD_SUGGESTIONS', 'on', 'BLOCK_FIELD_SUGGESTIONS must be 1 or 0 (got "on")'],
])('%s=%s is refused: %s', (name, value, message) => {
  expect(() => readLimits({ [name]: value })).toThrow(message);
});
