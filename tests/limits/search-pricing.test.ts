/**
 * Search is priced by its terms (issue 18): fuzzy matching allows 1 edit for terms of 5–7
 * letters and 2 for longer ones (it allowed up to 6, and a search of long misspelt words walked
 * most of the vocabulary); an operation runs at most MAX_SEARCHES searches of at most
 * MAX_SEARCH_TERMS terms each, refused before anything runs with their own codes.
 */
import { searchTermsOf } from '../../src/repository';
import { loadSeedRepository } from '../helpers/seeds';
import { codesOf, errorWithCode, type LimitsServer, startLimitsServer } from './helpers/limits-server';

const repository = loadSeedRepository();
const idsFound = (text: string) => repository.search(text, 10).map((hit) => hit.entity.id);

describe('fuzzy matching: 1 edit for 5–7 letters, 2 for longer words, never more', () => {
  test('"representatives" with 2 letters wrong still finds the statement that says it', () => {
    expect(idsFound('representatives')).toContain('statement:russian-foreign-ministry-supports-annual-conferences');
    expect(idsFound('reprezentativez')).toContain('statement:russian-foreign-ministry-supports-annual-conferences');
  });

  test('with 3 letters wrong it finds nothing: a 15-letter word no longer allows 3 edits', () => {
    expect(idsFound('reprezentatyvez')).toEqual([]);
  });

  test('a 6-letter word with 1 letter wrong matches, with 2 it does not: "Szabo" spelt "Szebo", "Sxebo"', () => {
    expect(idsFound('Gyorgy Szebo')).toContain('person:gyorgy-szabo');
    expect(idsFound('Sxebu')).toEqual([]);
  });
});

describe('MAX_SEARCHES and MAX_SEARCH_TERMS', () => {
  let server: LimitsServer;
  beforeAll(async () => {
    server = await startLimitsServer({ MAX_SEARCHES: '2', MAX_SEARCH_TERMS: '3' });
  });
  afterAll(() => server.stop());

  const searches = (count: number, text = 'OSCE') =>
    `{ ${Array.from({ length: count }, (_, i) => `s${i}: search(text: "${text}", first: 1) { score }`).join(' ')} }`;

  test('2 searches of 3 words run', async () => {
    const answer = await server.post(searches(2, 'Gyorgy Szabo OSCE'));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  test('3 searches are refused before any runs, with SEARCH_LIMIT_EXCEEDED', async () => {
    const answer = await server.post(searches(3));
    expect(answer.status).toBe(400);
    expect(codesOf(answer)).toEqual(['SEARCH_LIMIT_EXCEEDED']);
    expect(errorWithCode(answer, 'SEARCH_LIMIT_EXCEEDED')).toMatchObject({
      message: expect.stringMatching(/^The operation runs 3 searches; this API runs at most 2 per operation\. Search for several words in one `search`/),
      extensions: { limit: 2, found: 3 },
    });
    expect(answer.body.data).toBeUndefined();
  });

  test('searches spread from fragments count as execution runs them: the same alias twice is one search', async () => {
    const fragments =
      '{ ...a ...b ...a } fragment a on Query { x: search(text: "OSCE") { score } } fragment b on Query { y: search(text: "KNB") { score } z: search(text: "UN") { score } }';
    expect(codesOf(await server.post(fragments))).toEqual(['SEARCH_LIMIT_EXCEEDED']);
    const twice = '{ ...a ...a x: search(text: "OSCE") { score } } fragment a on Query { x: search(text: "OSCE") { score } }';
    expect((await server.post(twice)).body.errors).toBeUndefined();
  });

  test('a search of 4 words is refused with SEARCH_TERMS_LIMIT_EXCEEDED, words sent as a variable too', async () => {
    const answer = await server.post(searches(1, 'Gyorgy Szabo OSCE Astana'));
    expect(answer.status).toBe(400);
    expect(codesOf(answer)).toEqual(['SEARCH_TERMS_LIMIT_EXCEEDED']);
    expect(errorWithCode(answer, 'SEARCH_TERMS_LIMIT_EXCEEDED')).toMatchObject({
      message:
        'A search text has 4 words; this API looks for at most 3 in one search. Send the few words that matter most: a name, or two or three words of what was said.',
      extensions: { limit: 3, found: 4 },
    });
    const response = await fetch(server.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($t: String!) { search(text: $t) { score } }', variables: { t: 'a, b; c-d' } }),
    });
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code)).toEqual([
      'SEARCH_TERMS_LIMIT_EXCEEDED',
    ]);
  });

  test('words are counted as search splits them: punctuation separates, and "a, b; c-d" is 4', () => {
    expect(searchTermsOf('a, b; c-d')).toEqual(['a', 'b', 'c', 'd']);
  });
});

test('the defaults: 3 searches of 6 words each', async () => {
  const server = await startLimitsServer();
  try {
    const four = `{ ${[0, 1, 2, 3].map((i) => `s${i}: search(text: "OSCE") { score }`).join(' ')} }`;
    expect(codesOf(await server.post(four))).toEqual(['SEARCH_LIMIT_EXCEEDED']);
    expect(codesOf(await server.post('{ search(text: "one two three four five six seven") { score } }'))).toEqual(['SEARCH_TERMS_LIMIT_EXCEEDED']);
    expect((await server.post('{ search(text: "one two three four five six") { score } }')).body.errors).toBeUndefined();
  } finally {
    await server.stop();
  }
});
