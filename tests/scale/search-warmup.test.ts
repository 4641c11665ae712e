/**
 * The search index is built on first use, or in slices in the background (warmSearchIndex):
 * either way, search answers the same, also when it comes before the background is done.
 */
import { CorpusRepository } from '../../src/repository';
import { loadSeedCorpus } from '../helpers/seeds';
import { loadSynthCorpus, removeSynthCorpora } from '../synth/synth-corpus';

afterAll(removeSynthCorpora);

const QUERIES = ['Gyorgy Szabo', 'border security', 'Abykyev', 'Kazakhstan', 'counter-terrorism'];

const answers = (repository: CorpusRepository, query: string) =>
  repository.search(query, 10).map((hit) => ({ id: hit.entity.id, score: hit.score, snippet: hit.snippet }));

test.each([
  ['the seeds', loadSeedCorpus],
  ['a synthetic corpus', () => loadSynthCorpus(2000)],
])('over %s, a warmed index answers as one built on first search', async (_name, load) => {
  const corpus = load();
  const onFirstUse = new CorpusRepository(corpus);
  const warmed = new CorpusRepository(corpus);
  await warmed.warmSearchIndex();
  for (const query of QUERIES) expect(answers(warmed, query)).toEqual(answers(onFirstUse, query));
});

test('a search that comes while the index warms finishes the index and answers in full', async () => {
  const corpus = loadSynthCorpus(2000);
  const reference = new CorpusRepository(corpus);
  const warming = new CorpusRepository(corpus);
  const done = warming.warmSearchIndex();
  expect(answers(warming, 'border security')).toEqual(answers(reference, 'border security'));
  await done;
  expect(answers(warming, 'Kazakhstan')).toEqual(answers(reference, 'Kazakhstan'));
});
