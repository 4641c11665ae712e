/** Folding, and finding where a folded character came from, as snippets need it: as if folded a character at a time. */
import fc from 'fast-check';
import { foldText } from '../../src/repository';
import { offsetOfFolded } from '../../src/repository/fold-text';

/** The definition: each code point folded on its own, each folded code unit noting where it came from. */
function foldEachCharacter(text: string): { folded: string; offsets: number[] } {
  const punctuation: Record<string, string> = {
    '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'",
    '\u201C': '"', '\u201D': '"', '\u00AB': '"', '\u00BB': '"',
    '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
  };
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const piece = punctuation[char] ?? char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < piece.length; k++) offsets.push(i);
    folded += piece;
    i += char.length;
  }
  return { folded, offsets };
}

const text = fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.constantFrom('György Szabó', 'Kazakhstan’s', '“Quote”', 'ﬁve', 'Straße', 'İstanbul', '—', 'ÅSA')), { maxLength: 8 }).map((parts) => parts.join(''));

test('foldText folds as each character folds; offsetOfFolded finds where each folded code unit came from', () => {
  fc.assert(
    fc.property(text, (text) => {
      const { folded, offsets } = foldEachCharacter(text);
      expect(foldText(text)).toBe(folded);
      expect(Array.from({ length: folded.length }, (_, i) => offsetOfFolded(text, i))).toEqual(offsets);
    }),
    { seed: 7, numRuns: 2000 },
  );
});

test('an accented name folds to its plain letters, each from its own place', () => {
  const text = 'Szabó, Ǆ';
  expect(foldText(text)).toBe('szabo, dz');
  expect(Array.from({ length: 9 }, (_, i) => offsetOfFolded(text, i))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 7]);
});
