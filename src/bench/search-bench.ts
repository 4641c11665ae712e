/**
 * `npm run build && node dist/bench/search-bench.js [CORPUS_DIR]`
 *
 * What a search costs by the length of its terms: the event-loop time of one search of long
 * misspelled words (the attack of issue 18: fuzzy matching walks the vocabulary's radix tree,
 * more of it the more edits are allowed), beside the searches of the tests and examples.
 * Prints milliseconds per search (median of 5, each with the words misspelt anew) and the hits; asserts nothing.
 */
import 'reflect-metadata';
import { corpusDirectory } from '../corpus-dir';
import { loadCorpus } from '../loader';
import { CorpusRepository } from '../repository';

const SEARCHES = {
  'long misspellings (12 terms of 11–16 letters)':
    'internatonal cooperaton securitty organisaton developmentt afghanistann conferencee parliamentary terrorismm extremismm inteligence humanitarain',
  'the longest words 200 characters hold (7 terms of 27 letters)': [
    'counterterrorismcooperation',
    'internationalorganisations',
    'intergovernmentalcommission',
    'humanitarianassistanceplans',
    'transboundarywatermanagement',
    'parliamentaryrepresentative',
    'counterextremismprogrammes',
  ].join(' '),
  'the most one search may hold (MAX_SEARCH_TERMS: 6 terms of 11–16 letters)': 'internatonal cooperaton securitty organisaton developmentt afghanistann',
  'one long misspelling (16 letters)': 'internationalsation',
  'Gyorgy Szabo': 'Gyorgy Szabo',
  Abykyev: 'Abykyev',
  'Afghan students': 'Afghan students',
  hydrocarbons: 'hydrocarbons',
  OSCE: 'OSCE',
};

/** Each round misspells the words anew (a letter doubled at a new place): a search's term expansions are kept, and an attacker sends new ones. */
function misspelt(text: string, round: number): string {
  return text
    .split(' ')
    .map((word) => (word.length < 5 ? word : word.slice(0, 2 + (round % (word.length - 2))) + word.slice(1 + (round % (word.length - 2)))))
    .join(' ');
}

function median(call: (round: number) => unknown, rounds = 5): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    call(i);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

const directory = process.argv[2] ?? corpusDirectory();
const repository = new CorpusRepository(loadCorpus(directory));
repository.search('warm', 1);
for (const [name, text] of Object.entries(SEARCHES)) {
  const ms = median((round) => repository.search(misspelt(text, round), 10));
  console.log(`${name}: ${ms.toFixed(2)} ms, ${repository.search(text, 10).length} hits`);
}
