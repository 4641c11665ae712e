import { foldForMatching } from './fold-text';

/**
 * One way Latin romanisations of Kazakh, Kyrgyz, Uzbek, Tajik and Russian names differ, and
 * the one spelling the key writes for all of them: every variant in `from` becomes `to`.
 */
export interface RomanisationRule {
  readonly from: readonly string[];
  readonly to: string;
  /** Only where the variant follows a consonant (a Russian ё after one is written "yo" or "e"). */
  readonly afterConsonant?: boolean;
  /** Two spellings of one name that the rule brings together. */
  readonly example: readonly [string, string];
}

/**
 * Letters with a mark that stand for two letters of the English romanisation (Kazakh and
 * Turkish ş, Czech-style ž): rewritten before marks are dropped, which would make ş an s.
 */
export const MARKED_LETTERS: Readonly<Record<string, string>> = {
  š: 'sh',
  ş: 'sh',
  ž: 'zh',
  č: 'ch',
  ç: 'ch',
  ı: 'i',
};

/**
 * The rules, applied in this order to folded text (each sees the output of those before it):
 * longer sequences first, so that "dzh" becomes "j" before "zh" could.
 */
export const ROMANISATION_RULES: readonly RomanisationRule[] = [
  { from: ['shch', 'sch'], to: 'sh', example: ['Khrushchev', 'Khruschev'] },
  { from: ['tch'], to: 'ch', example: ['Tchaikovsky', 'Chaikovsky'] },
  { from: ['kh'], to: 'h', example: ['Khodzhayev', 'Hodzhayev'] },
  { from: ['dzh', 'dj', 'zh'], to: 'j', example: ['Dzhumabaev', 'Jumabayev'] },
  { from: ['x'], to: 'ks', example: ['Alexey', 'Aleksey'] },
  { from: ['q'], to: 'k', example: ['Toqaev', 'Tokaev'] },
  { from: ['tz'], to: 'ts', example: ['Kuznetz', 'Kuznets'] },
  // A Russian е at the start of a word or after a vowel is written "ye" or "e": Yerlan, Nazarbayev.
  { from: ['ye'], to: 'e', example: ['Nazarbayev', 'Nazarbaev'] },
  { from: ['iev'], to: 'ev', example: ['Afanasiev', 'Afanasev'] },
  { from: ['yo'], to: 'e', afterConsonant: true, example: ['Pyotr', 'Petr'] },
  // ы and й are written y or i; so are the first letters of ю and я (yu/iu, ya/ia).
  { from: ['y'], to: 'i', example: ['Yuldashev', 'Iuldashev'] },
];

const CONSONANTS = 'bcdfghjklmnpqrstvwxz';

/** Each rule as one regular expression: its variants, longest first, as alternatives. */
const COMPILED_RULES = ROMANISATION_RULES.map((rule) => {
  const variants = [...rule.from].sort((a, b) => b.length - a.length);
  const alternatives = variants.join('|');
  const pattern = new RegExp(rule.afterConsonant ? `(?<=[${CONSONANTS}])(?:${alternatives})` : alternatives, 'g');
  return { variants, pattern, to: rule.to };
});

const MARKED_LETTER = new RegExp(`[${Object.keys(MARKED_LETTERS).join('')}]`, 'gi');
/** Hyphens, spaces, apostrophes (Uzbek o'/gʻ): "Nur-Sultan", "Nur Sultan" and "Nursultan" are one name. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
/** A letter written twice: "Kassym" and "Kasym", "Issyk" and "Isyk". */
const DOUBLED_LETTER = /(\p{L})\1+/gu;

/**
 * The key of a name under the romanisation rules: two spellings of one name have one key
 * ("Abykayev", "Abykaev" and "Abikaev" are all "abikaev"). Names it has never seen fold by
 * the same rules; a name filter matches the query's key inside a name's key.
 */
export function romanisationKey(name: string): string {
  return romanisationKeyOfFolded(foldForMatching(withMarkedLettersSpelled(name)));
}

/** The name with its marked letters (ş, ž, …) spelled as English romanisation spells them; the same string when it has none. */
export function withMarkedLettersSpelled(name: string): string {
  return name.replace(MARKED_LETTER, (letter) => MARKED_LETTERS[letter.toLowerCase()]!);
}

/** The key of foldForMatching(withMarkedLettersSpelled(name)): for a caller that has folded the name already. */
export function romanisationKeyOfFolded(folded: string): string {
  let key = folded;
  // Most names hold the variants of few rules: looking for a variant costs less than a regular expression's pass.
  for (const { variants, pattern, to } of COMPILED_RULES) if (variants.some((variant) => key.includes(variant))) key = key.replace(pattern, to);
  return key.replace(SEPARATORS, '').replace(DOUBLED_LETTER, '$1');
}
