/**
 * The extractor on articles written for these tests (never the seeds): each attribution
 * pattern, each currency form, dates with and without a year, matching a romanisation variant
 * to a seed id, confidences in range; and a drafted article loads with the seeds, every
 * offset exact.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addArticle, ArticleAddError, draftArticle, knownCorpusOf } from '../../src/draft';
import { findAmounts } from '../../src/draft/amounts';
import { findDates } from '../../src/draft/dates';
import { loadCorpus } from '../../src/loader';
import { SEEDS_DIR, loadSeedCorpus } from '../helpers/seeds';

const seeds = knownCorpusOf(loadSeedCorpus());
const SAMPLE = join(__dirname, '..', '..', 'docs', 'examples', 'bishkek-water-forum.txt');

function statementsOf(text: string) {
  return draftArticle(text, seeds, { published: { year: 2025, month: 6, day: 2 } }).annotation.statements ?? [];
}

describe('quotations get their speaker from the attribution', () => {
  test('"…," said X', () => {
    const [s] = statementsOf('“The new checkpoints will open before the winter season,” said Aigul Temirova, head of the customs service.');
    expect(s).toMatchObject({ speaker: 'person:aigul-temirova', attribution: { basis: 'NAMED', cue: 'said Aigul Temirova' } });
  });
  test('X said: "…"', () => {
    const [s] = statementsOf('Bakyt Osmonov said: "Our patrols will cover the whole valley from next month."');
    expect(s).toMatchObject({ speaker: 'person:bakyt-osmonov', attribution: { basis: 'NAMED' } });
    expect(s!.text).toBe('Our patrols will cover the whole valley from next month.');
  });
  test('according to X', () => {
    const [s] = statementsOf('According to the Eurasian Customs Agency, “traffic across the river crossing doubled in two years.”');
    expect(s).toMatchObject({
      speaker: 'organisation:eurasian-customs-agency',
      attribution: { basis: 'NAMED', cue: 'According to the Eurasian Customs Agency' },
    });
  });
  test('"…," he added: the previous speaker', () => {
    const statements = statementsOf(
      '“We have trained four hundred officers this spring,” said Timur Nazarov, a police colonel.\n\n“More will follow once the new academy opens its doors,” he added.',
    );
    expect(statements).toHaveLength(2);
    expect(statements[1]).toMatchObject({ speaker: 'person:timur-nazarov', attribution: { basis: 'NAMED', cue: 'he added' } });
  });
  test('a quotation nobody is named for is UNNAMED, with no speaker', () => {
    const [s] = statementsOf('“Nobody expected the border to reopen so quickly after the floods.”');
    expect(s!.attribution.basis).toBe('UNNAMED');
    expect(s!.speaker).toBeUndefined();
  });
});

describe('amounts carry their ISO 4217 currency', () => {
  test.each([
    ['The bank lent $2.5 million to the project.', 2_500_000, 'USD'],
    ['A grant of €300,000 was approved.', 300_000, 'EUR'],
    ['The council gave £45,000 for training.', 45_000, 'GBP'],
    ['an educational program worth 12 million U.S. dollars', 12_000_000, 'USD'],
    ['The ministry set aside 3 billion tenge.', 3_000_000_000, 'KZT'],
    ['a contribution of 75.5 million KZT', 75_500_000, 'KZT'],
    ['The city spent 900 million rubles on roads.', 900_000_000, 'RUB'],
    ['Farmers received 20 million som in aid.', 20_000_000, 'KGS'],
  ])('%s', (text, value, currency) => {
    expect(findAmounts(text)).toEqual([expect.objectContaining({ value, currency })]);
  });
});

describe('dates keep their words and precision', () => {
  test('a date with its year is stated, not inferred', () => {
    const [d] = findDates('The talks were held on 4 September 2023 in Dushanbe.');
    expect(d!.date).toEqual({ text: '4 September 2023', year: 2023, month: 9, day: 4 });
  });
  test('without a year and without a publication date, no year is made up', () => {
    const [d] = findDates('The talks were held on 4 September in Dushanbe.');
    expect(d!.date).toEqual({ text: '4 September', month: 9, day: 4 });
  });
  test('without a year, the publication date gives it, marked inferred with the reason', () => {
    const [d] = findDates('The talks were held on 4 September in Dushanbe.', { year: 2024, month: 9, day: 6, from: 'the publication date 2024-09-06' });
    expect(d!.date).toMatchObject({ text: '4 September', year: 2024, month: 9, day: 4 });
    expect(d!.date.inferred).toContain('publication date 2024-09-06');
  });
  test('words with no month or year are no date', () => {
    expect(findDates('Today the delegates left. This fall they return.')).toEqual([]);
  });
});

describe('names are matched against the corpus', () => {
  test('a romanisation variant of a seed person reuses the seed id, adding the spelling as an alias', () => {
    // "Abykaiev" is no alias of the seed's Nurtai Abykayev: only the romanisation key brings them together.
    const people = draftArticle('Nurtai Abykaiev spoke at the opening of the session in Almaty.', seeds).annotation.people ?? [];
    const abykayev = people.find((p) => p.id === 'person:nurtai-abykayev');
    expect(abykayev).toBeDefined();
    expect(abykayev!.name).toBeUndefined();
    expect(abykayev!.aliases).toEqual(['Nurtai Abykaiev']);
  });
  test('a new name near an existing one lists it as a candidate for the reviewer', () => {
    const draft = draftArticle('Officials of the OSCE Programme Office in Almaty met on 3 May 2024.', seeds);
    const office = draft.annotation.organisations!.find((o) => o.name === 'OSCE Programme Office in Almaty');
    expect(office).toBeDefined();
    expect(draft.candidates.get(office!.id)!.map((c) => c.id)).toContain('organisation:osce-programme-office-in-astana');
  });
});

describe('a drafted article', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const draft = draftArticle(text, seeds, { published: { year: 2026, month: 3, day: 14 } }).annotation;
  const entries = [
    ...(draft.places ?? []),
    ...(draft.people ?? []),
    ...(draft.organisations ?? []),
    ...(draft.affiliations ?? []),
    ...(draft.events ?? []),
    ...(draft.statements ?? []),
    ...(draft.commitments ?? []),
  ];

  test('gives every entry a confidence between 0 and 1', () => {
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      expect(entry.confidence).toBeGreaterThanOrEqual(0);
      expect(entry.confidence).toBeLessThanOrEqual(1);
    }
  });

  test('loads with the seeds, review: draft, every evidence quote at its exact offset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-load-'));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const added = addArticle({ file: SAMPLE, corpusDir: dir, published: '2026-03-14' });
      expect(readFileSync(join(dir, added.textFile))).toEqual(readFileSync(SAMPLE));
      expect(readFileSync(join(dir, added.annotationFile), 'utf8')).toMatch(/^review: draft$/m);
      const corpus = loadCorpus(dir);
      const source = corpus.sources.find((s) => s.seedFile === added.textFile)!;
      expect(source.review).toBe('DRAFT');
      const evidence = [
        ...corpus.people.flatMap((p) => p.mentions),
        ...corpus.organisations.flatMap((o) => o.mentions),
        ...corpus.places.flatMap((p) => p.mentions),
        ...corpus.events.flatMap((e) => e.evidence),
        ...corpus.statements.flatMap((s) => s.evidence),
        ...corpus.commitments.flatMap((c) => c.evidence),
      ].filter((e) => e.sourceId === source.id);
      expect(evidence.length).toBeGreaterThan(15);
      for (const e of evidence) expect(source.text.slice(e.start, e.end)).toBe(e.quote);
      // The romanisation variant joined the seed's person.
      expect(corpus.people.find((p) => p.id === 'person:yerlan-karin')!.mentions.some((m) => m.sourceId === source.id)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('article:add refuses, saying what to send instead', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draft-refuse-'));
  beforeAll(() => cpSync(SEEDS_DIR, dir, { recursive: true }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['a missing file', { file: join(dir, 'nowhere.txt') }, /no article at .*nowhere\.txt; give the path of a plain-text/],
    ['a file that is not .txt', { file: join(dir, '000_150700d15ac01610.yaml') }, /is not a \.txt file/],
    ['a bad date', { file: SAMPLE, published: '2026-02-30' }, /--published "2026-02-30" is not a date; give the day of publication as YYYY-MM-DD/],
    ['a bad URL', { file: SAMPLE, url: 'example' }, /--url "example" is not a web address/],
    ['an article already in the corpus', { file: join(SEEDS_DIR, '002_cbbf1589787f8c83.txt') }, /already holds this article, as 002_cbbf1589787f8c83\.txt/],
  ])('%s', (_case, request, message) => {
    expect(() => addArticle({ corpusDir: dir, ...request })).toThrow(message);
    expect(() => addArticle({ corpusDir: dir, ...request })).toThrow(ArticleAddError);
  });

  test('a title the corpus already has', () => {
    const file = join(dir, '..', `clash-${process.pid}.txt`);
    writeFileSync(file, 'OSCE promotes border security cooperation\n\nA different body of text about the weather.\n');
    try {
      expect(() => addArticle({ corpusDir: dir, file })).toThrow(
        /already has source:osce-promotes-border-security-cooperation; give the article another title with --title/,
      );
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe('confidence in an annotation file', () => {
  test('the loader refuses one outside 0..1, saying what it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-confidence-'));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const { annotationFile } = addArticle({ file: SAMPLE, corpusDir: dir });
      const path = join(dir, annotationFile);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/confidence: [\d.]+/, 'confidence: 1.5'));
      expect(() => loadCorpus(dir)).toThrow(/confidence must be a number from 0 to 1: how sure the machine draft is of this entry/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a second article written for the tests, with a dateline, Cyrillic and a title-case headline', () => {
  const FILE = join(__dirname, '..', 'fixtures', 'articles', 'khujand-border-talks.txt');

  test('loads with the seeds; the dateline gives the year, not the event its date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-khujand-'));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const { draft } = addArticle({ file: FILE, corpusDir: dir });
      const corpus = loadCorpus(dir);
      const source = corpus.sources.find((s) => s.title.startsWith('Tajik And Uzbek'))!;
      for (const s of corpus.statements.filter((x) => x.sourceId === source.id)) {
        for (const e of s.evidence) expect(source.text.slice(e.start, e.end)).toBe(e.quote);
        expect(s.evidence.every((e) => !e.quote.includes('\n'))).toBe(true);
      }
      const talks = draft.annotation.events!.find((e) => e.kind === 'MEETING')!;
      expect(talks.startDate).toMatchObject({ text: '17 November', year: 2025, month: 11, day: 17 });
      expect(talks.startDate!.inferred).toContain("the dateline's date (18 November 2025)");
      expect(draft.annotation.people!.map((p) => p.id)).toEqual(expect.arrayContaining(['person:farrukh-sharipov', 'person:madina-karimova']));
      const continued = draft.annotation.statements!.find((s) => s.text.startsWith('We expect traffic'))!;
      expect(continued).toMatchObject({ speaker: 'person:farrukh-sharipov', attribution: { basis: 'NAMED', cue: 'he continued' } });
      expect(draft.amounts.map((a) => [a.value, a.currency])).toEqual([
        [250_000_000, 'TJS'],
        [48_000_000, 'USD'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
