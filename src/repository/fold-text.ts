/**
 * Folds text for matching: case, diacritics, typographic quotes and dashes do not count,
 * so "Gyorgy Szabo" matches "György Szabó" and "Kazakhstan's" matches "Kazakhstan’s".
 */
export function foldText(text: string): string {
  return foldWithOffsets(text).folded;
}

/** The folded text, with, for each folded code unit, the offset in `text` it came from. */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const piece = foldChar(char);
    for (let k = 0; k < piece.length; k++) offsets.push(i);
    folded += piece;
    i += char.length;
  }
  return { folded, offsets };
}

const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
};

function foldChar(char: string): string {
  const punctuation = PUNCTUATION[char];
  if (punctuation) return punctuation;
  return char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
