/**
 * Folds text for matching: case, diacritics, typographic quotes and dashes do not count,
 * so "Gyorgy Szabo" matches "György Szabó" and "Kazakhstan's" matches "Kazakhstan’s".
 */
export function foldText(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : foldMixed(text);
}

// Folding an ASCII character is lower-casing it (no marks, no typographic punctuation), and
// ASCII lower-casing is context-free: so runs of ASCII fold in one toLowerCase call. Per
// character, folding cost more than everything else of building a large repository.
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is meant
const ASCII = /^[\x00-\x7F]*$/;

/** Folds ASCII runs at once and other characters one by one, as foldWithOffsets does. */
function foldMixed(text: string): string {
  let folded = '';
  let run = 0; // where the current ASCII run starts
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    folded += text.slice(run, i).toLowerCase() + foldCharCached(char);
    i += char.length;
    run = i;
  }
  return folded + text.slice(run).toLowerCase();
}

const foldedChars = new Map<string, string>();

/** Few distinct non-ASCII characters occur, each many times: fold each once. */
function foldCharCached(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) foldedChars.set(char, (folded = foldChar(char)));
  return folded;
}

/**
 * Where in `text` the code unit at `foldedIndex` of foldText(text) came from: what a snippet
 * needs to cut the original text around a match found in the folded one. Walks the text up
 * to there only, ASCII a code unit at a time (it folds to one), other characters by their
 * folded length.
 */
export function offsetOfFolded(text: string, foldedIndex: number): number {
  let folded = 0;
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) < 0x80) {
      if (folded === foldedIndex) return i;
      folded++;
      i++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    folded += foldCharCached(char).length;
    if (folded > foldedIndex) return i;
    i += char.length;
  }
  return text.length;
}

const PUNCTUATION: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
};

function foldChar(char: string): string {
  const punctuation = PUNCTUATION[char];
  if (punctuation) return punctuation;
  return char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A hyphen joining the parts of a word ("co-operation", "co‑operation"), or a soft hyphen anywhere. */
const WORD_HYPHEN = /(?<=[\p{L}\p{N}])[-\u2010\u2011](?=[\p{L}\p{N}])|\u00AD/gu;
const HYPHEN = /[-\u2010\u2011\u00AD]/;
/** Quotation marks and apostrophes, once foldText has made the typographic ones plain; and those it leaves as they are. */
const QUOTE_MARK = /["'`\u201A\u201E\u2039\u203A]/g;
/** Whitespace that is not already one space: a single space, the common case, is left alone. */
const WHITESPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/**
 * Folds text for filters, where a query must find the text however it was typed or pasted:
 * foldText, and besides, quotation marks do not count (a quote pasted with its “ finds the
 * statement), a hyphen inside a word does not ("cooperation" finds "co-operation"), and a run
 * of whitespace counts as one space, none at either end. Not for search snippets: it changes
 * the text's length, which offsetOfFolded does not follow.
 */
export function foldForMatching(text: string): string {
  // The hyphen pattern looks around each match for letters: run it on text that has a hyphen only.
  const unhyphenated = HYPHEN.test(text) ? text.replace(WORD_HYPHEN, '') : text;
  return foldText(unhyphenated).replace(QUOTE_MARK, '').replace(WHITESPACE_TO_FOLD, ' ').trim();
}
