/**
 * The text index ranks as MiniSearch ranked, with the options this service used: for the
 * same documents and queries, the same hits in the same order, with the same scores and
 * matched terms. MiniSearch itself is the reference.
 */
import MiniSearch from 'minisearch';
import { CorpusRepository, foldText } from '../../src/repository';
import { MAX_FUZZY, TextIndexBuilder } from '../../src/repository/text-index';
import { Random } from '../../src/synth/random';
import { loadSeedRepository } from '../helpers/seeds';
import { loadSynthCorpus, removeSynthCorpora } from '../synth/synth-corpus';

afterAll(removeSynthCorpora);

type Document = readonly [name: string, aliases: string, text: string];

/** What search sees of each entity, as the repository's search does. */
function documentsOf(repository: CorpusRepository): Document[] {
  return [
    ...repository.people.map((p): Document => [p.name, p.aliases.join(' \n '), p.description ?? '']),
    ...repository.organisations.map((o): Document => [o.name, o.aliases.join(' \n '), o.description ?? '']),
    ...repository.events.map((e): Document => [e.name, '', [e.description, e.location].filter(Boolean).join(' — ')]),
    ...repository.statements.map((s): Document => ['', '', s.text]),
    ...repository.commitments.map((c): Document => ['', '', c.description]),
    ...repository.sources.map((s): Document => [s.title, '', s.text]),
  ];
}

/** The reference: MiniSearch as search-index.ts configured it before the text index replaced it, with fuzzy matching at most MAX_FUZZY edits (issue 18). */
function miniSearchOf(documents: readonly Document[]) {
  const miniSearch = new MiniSearch<{ id: number; name: string; aliases: string; text: string }>({
    fields: ['name', 'aliases', 'text'],
    processTerm: (term) => foldText(term) || null,
    searchOptions: {
      boost: { name: 3, aliases: 2, text: 1 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: MAX_FUZZY,
      processTerm: (term) => foldText(term) || null,
    },
  });
  documents.forEach(([name, aliases, text], id) => miniSearch.add({ id, name, aliases, text }));
  return miniSearch;
}

function textIndexOf(documents: readonly Document[]) {
  const builder = new TextIndexBuilder([3, 2, 1]);
  for (const document of documents) builder.add(document);
  return builder.build();
}

const FIXED_QUERIES = [
  'Gyorgy Szabo',
  'György Szabó',
  'Abykyev',
  'KNB',
  'OSCE',
  'osce OSCE', // a term twice counts once towards how many terms match
  'terrorism security cooperation',
  'border security',
  'co-operation',
  'cooperation',
  'Afghan students',
  'hydrocarbons',
  'sec', // prefix only
  'secur', // prefix and fuzzy
  'terorism', // a misspelling
  'Kazakhstan’s',
  'a',
  '2010',
  '—',
  'nothing-like-this-anywhere',
];

/** Queries made of the corpus's own words: whole, cut short, misspelt, one to four of them. */
function randomQueries(documents: readonly Document[], count: number): string[] {
  const random = new Random(42);
  const words = documents.flatMap((document) => document.join(' ').split(/[\s\p{P}]+/u)).filter((word) => word.length > 0);
  const pick = () => {
    const word = words[random.int(words.length)]!;
    const variant = random.int(4);
    if (variant === 1 && word.length > 4) return word.slice(0, 3 + random.int(word.length - 3));
    if (variant === 2 && word.length > 4) {
      const at = random.int(word.length);
      return word.slice(0, at) + 'xyz'[random.int(3)] + word.slice(at + 1);
    }
    return word;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + random.int(4) }, pick).join(' '));
}

describe.each([
  ['the seeds', () => loadSeedRepository()],
  ['a synthetic corpus of 2,000 entities', () => new CorpusRepository(loadSynthCorpus(2000))],
])('over %s', (_name, load) => {
  const documents = documentsOf(load());
  const reference = miniSearchOf(documents);
  const index = textIndexOf(documents);

  test.each([...FIXED_QUERIES, ...randomQueries(documents, 150)])('%j: the same hits, order, scores and matched terms', (query) => {
    for (const limit of [3, 25]) {
      const expected = reference
        .search(query)
        .slice(0, limit)
        .map((result) => ({ document: result.id as number, score: result.score, terms: [...result.terms].sort() }));
      const actual = index.search(query, limit).map((hit) => ({ ...hit, terms: [...hit.terms].sort() }));
      expect(actual).toEqual(expected);
    }
  });

  test('no hits for a limit of 0', () => {
    expect(index.search('OSCE', 0)).toEqual([]);
  });
});
