/** Words the synthetic articles are written with, and the name makers built on them. */

/** Consonant-vowel syllables, all two letters, so that a run of them spells one index only. */
const SYLLABLES: readonly string[] = [...'bdgklmnrstvz'].flatMap((c) => [...'aeiou'].map((v) => c + v));

/**
 * A pronounceable word unique to `index` among `space` indices: the index, scrambled (so that
 * neighbours do not share their first letters), written in base 60 with one syllable a digit.
 * All words of a space have the same number of two-letter syllables, so no two spell alike.
 */
export function syllableWord(index: number, space: number): string {
  let digits = 3;
  while (SYLLABLES.length ** digits < space) digits++;
  const modulus = SYLLABLES.length ** digits;
  // 7919 is prime and does not divide 60^k: multiplying by it permutes [0, 60^k).
  let rest = (index * 7919 + 12345) % modulus;
  let word = '';
  for (let n = 0; n < digits; n++) {
    word += SYLLABLES[rest % SYLLABLES.length]!;
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Ids are slugs of English names: lower case, accents dropped, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const capitalise = (text: string): string => text[0]!.toUpperCase() + text.slice(1);

/** Some with diacritics, so that folded matching ("Gyorgy" finds "György") has work to do. */
export const FIRST_NAMES: readonly string[] = [
  'Aibek',
  'Aigerim',
  'Akmal',
  'Alisher',
  'Almaz',
  'Asel',
  'Askar',
  'Aziza',
  'Bakhyt',
  'Bolat',
  'Daniyar',
  'Dilnoza',
  'Erlan',
  'Farrukh',
  'Gulnara',
  'Gülşen',
  'György',
  'Ilya',
  'Jamshid',
  'Kairat',
  'Kanat',
  'Lola',
  'Madina',
  'Marat',
  'Nargiza',
  'Nurlan',
  'Olzhas',
  'Ravshan',
  'Rustam',
  'Saule',
  'Sherzod',
  'Timur',
  'Ulugbek',
  'Yerlan',
  'Zarina',
  'Zhanar',
  'António',
  'Henriette',
  'Raphael',
  'Ján',
];

export const SURNAME_ENDINGS: readonly string[] = ['ov', 'ev', 'in', 'ova', 'eva', 'uly', 'bekov'];

export const TOPICS: readonly string[] = [
  'border security',
  'countering violent extremism',
  'drug trafficking',
  'regional security',
  'counter-terrorism',
  'cyber security',
  'water and energy security',
  'the situation in Afghanistan',
  'customs co-operation',
  'the prevention of radicalisation',
  'police reform',
  'women in security',
];

export const EVENT_ADJECTIVES: readonly string[] = ['Regional', 'International', 'High-level', 'Annual', 'Expert', 'Joint'];

export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const STATEMENT_SUBJECTS: readonly string[] = [
  'our countries',
  'the region',
  'the OSCE',
  'our partners',
  'Central Asia',
  'the new programme',
  'this conference',
  'every state',
];
export const STATEMENT_VERBS: readonly string[] = [
  'will strengthen',
  'must intensify',
  'is ready to expand',
  'should not neglect',
  'has doubled',
  'will continue',
  'cannot ignore',
  'needs to coordinate',
];
export const STATEMENT_OBJECTS: readonly string[] = [
  'co-operation on border security',
  'the fight against drug trafficking',
  'efforts to prevent violent extremism',
  'the exchange of information between border services',
  'support for young people at risk of radicalisation',
  'training for customs officers',
  'dialogue with civil society',
  'joint patrols along the Afghan border',
  'the protection of critical infrastructure',
  'measures against terrorist financing',
  'water and energy co-operation',
  'its cyber security capacity',
];
export const STATEMENT_QUALIFIERS: readonly string[] = [
  '',
  ' in the coming years',
  ' with all its neighbours',
  ' despite the difficulties',
  ' across Central Asia',
  ' at every level',
];

export const PURPOSES: readonly string[] = [
  'to train border guards',
  'for a programme against violent extremism',
  'to equip customs posts',
  'for the reintegration of former fighters',
  'to support women police officers',
  'for a regional early-warning system',
  'to fund scholarships for Afghan students',
  'for secure cross-border trade',
];

export const CLOSINGS: readonly string[] = [
  'attended the talks',
  'spoke to reporters',
  'took part in the discussions',
  'chaired one of the panels',
  'presented a report',
  'met the delegations',
];
