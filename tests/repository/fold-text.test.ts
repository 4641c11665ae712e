/** Folding, and finding where a folded character came from, as snippets need it: as if folded a character at a time. */
import fc from 'fast-check';
import { foldText } from '../../src/repository';
import { foldForMatching, offsetOfFolded } from '../../src/repository/fold-text';

/** The definition: each code point folded on its own, each folded code unit noting where it came from. */
function foldEachCharacter(text: string): { folded: string; offsets: number[] } {
  const punctuation: Record<string, string> = {
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
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const piece = punctuation[char] ?? char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < piece.length; k++) offsets.push(i);
    folded += piece;
    i += char.length;
  }
  return { folded, offsets };
}

const text = fc
  .array(
    fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.constantFrom('György Szabó', 'Kazakhstan’s', '“Quote”', 'ﬁve', 'Straße', 'İstanbul', '—', 'ÅSA')),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

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

describe('foldForMatching, as filters fold', () => {
  test('hyphens inside a word do not count, whatever the hyphen: co-operation, co‑operation, cooperation', () => {
    const folded = ['co-operation', 'co\u2011operation', 'co\u2010operation', 'co\u00ADoperation', 'Cooperation'].map(foldForMatching);
    expect(new Set(folded)).toEqual(new Set(['cooperation']));
  });

  test('a dash between words stays: it is punctuation, not a hyphen', () => {
    expect(foldForMatching('security \u2014 co-operation')).toBe('security - cooperation');
  });

  test('quotation marks, typographic or not, do not count', () => {
    expect(['“The OSCE”', '‘The OSCE’', '«The OSCE»', '"The OSCE"', '„The OSCE“', 'The OSCE'].map(foldForMatching)).toEqual(Array(6).fill('the osce'));
    expect(foldForMatching('Kazakhstan’s')).toBe(foldForMatching("Kazakhstan's"));
  });

  test('a run of whitespace is one space, and none at either end', () => {
    expect(foldForMatching(' The  OSCE\n\tpromotes ')).toBe('the osce promotes');
  });
});
