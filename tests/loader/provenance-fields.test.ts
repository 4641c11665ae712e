/**
 * The provenance fields of the annotation format (issue 13): a statement's attribution, an
 * attendance's unit, a source's url, publication date and language, an article's review
 * status, and aliases marked ambiguous. Each is loaded into the domain as annotated, and each
 * break of it is reported by file, entry and a message that says what to give.
 */
import { loadCorpus } from '../../src/loader';
import {
  bothFiles,
  DUSHANBE,
  OSH,
  OSH_EVENT,
  OSH_JSON,
  OSH_STATEMENT,
  OSH_TEXT,
  oshAnnotation,
  oshFiles,
  problemsLoading,
  remove,
  removeCorpora,
  set,
  writeCorpus,
} from './fixture';

afterAll(removeCorpora);

const formats = [
  ['YAML', OSH.annotation],
  ['JSON', OSH_JSON],
] as const;

/** The Osh event with an attendance: "Border officials of Kyrgyzstan and Tajikistan" are two states. */
function withAttendance(attendance: Record<string, unknown>) {
  const osh = oshAnnotation();
  set(osh.events[0]!, 'attendance', attendance);
  return osh;
}

describe('loaded as annotated', () => {
  const corpus = loadCorpus(writeCorpus(bothFiles()));

  test('an attribution: its basis, and its cue located like evidence', () => {
    const [osmonov, tajikistan] = corpus.statements;
    expect(osmonov!.attribution).toEqual({
      basis: 'NAMED',
      cue: { sourceId: 'source:border-talks-held-in-osh', start: 144, end: 162, quote: 'said Aibek Osmonov' },
    });
    expect(OSH_TEXT.slice(osmonov!.attribution.cue!.start, osmonov!.attribution.cue!.end)).toBe('said Aibek Osmonov');
    expect(tajikistan!.attribution).toEqual({ basis: 'NAMED' });
  });

  test('via, and a cue given with its occurrence', () => {
    const osh = oshAnnotation();
    set(osh.statements[0]!, 'attribution', { basis: 'NAMED', via: 'the border service', cue: { quote: 'said Aibek Osmonov', occurrence: 1 } });
    const [statement] = loadCorpus(writeCorpus(oshFiles(osh))).statements;
    expect(statement!.attribution).toEqual({ basis: 'NAMED', via: 'the border service', cue: expect.objectContaining({ start: 144, end: 162 }) });
  });

  test.each(formats)('an attendance with its unit (%s)', (_format, file) => {
    const osh = withAttendance({ text: 'Border officials of Kyrgyzstan and Tajikistan', count: 2, unit: 'STATES' });
    expect(loadCorpus(writeCorpus(oshFiles(osh, file))).events[0]!.attendance).toEqual({
      text: 'Border officials of Kyrgyzstan and Tajikistan',
      count: 2,
      unit: 'STATES',
      approximate: false,
    });
  });

  test('a source: REVIEWED unless the annotation says draft; url, publication date and language only where given', () => {
    expect(corpus.sources.map((s) => [s.id, s.review, s.url, s.publishedAt, s.language])).toEqual([
      ['source:border-talks-held-in-osh', 'REVIEWED', undefined, undefined, undefined],
      ['source:tajikistan-welcomes-the-osh-talks', 'REVIEWED', undefined, undefined, undefined],
    ]);
    const osh = oshAnnotation();
    set(osh, 'review', 'draft');
    Object.assign(osh.source, { url: 'https://example.org/osh-talks', publishedAt: { text: '4 May 2019', year: 2019, month: 5, day: 4 }, language: 'en' });
    const [source] = loadCorpus(writeCorpus(oshFiles(osh))).sources;
    expect(source).toMatchObject({
      review: 'DRAFT',
      url: 'https://example.org/osh-talks',
      publishedAt: { text: '4 May 2019', year: 2019, month: 5, day: 4, precision: 'DAY' },
      language: 'en',
    });
    set(osh, 'review', 'reviewed');
    expect(loadCorpus(writeCorpus(oshFiles(osh))).sources[0]!.review).toBe('REVIEWED');
  });

  test('aliases marked ambiguous, merged across articles; none marked, no field', () => {
    const kyrgyzstan = corpus.organisations.find((o) => o.id === 'organisation:kyrgyzstan')!;
    expect('ambiguousAliases' in kyrgyzstan).toBe(false);
    const files = bothFiles();
    const dushanbe = files[DUSHANBE.annotation] as ReturnType<typeof bothFiles>[string] & { organisations: Record<string, unknown>[] };
    dushanbe.organisations[1]!.ambiguousAliases = ['Kyrgyz Republic'];
    const marked = loadCorpus(writeCorpus(files)).organisations.find((o) => o.id === 'organisation:kyrgyzstan')!;
    expect(marked.ambiguousAliases).toEqual(['Kyrgyz Republic']);
  });
});

describe('an attribution that is missing or wrong is reported', () => {
  test.each(formats)('a statement without one (%s)', (_format, file) => {
    const osh = oshAnnotation();
    remove(osh.statements[0]!, 'attribution');
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      { file, entry: `${OSH_STATEMENT}.attribution`, message: 'attribution is missing: give a mapping with basis (and optionally via, cue)' },
    ]);
  });

  test.each(formats)('a basis that is none of the three (%s)', (_format, file) => {
    const osh = oshAnnotation();
    set(osh.statements[0]!, 'attribution', { basis: 'QUOTED' });
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      {
        file,
        entry: `${OSH_STATEMENT}.attribution.basis`,
        message:
          'basis must be NAMED (the article names the speaker), ROLE_ONLY (it gives only a role or a body: "a ministry spokesman", "experts") or UNNAMED (it does not say who spoke)',
      },
    ]);
  });

  test.each(formats)('a cue that is a list, not one quote (%s)', (_format, file) => {
    const osh = oshAnnotation();
    set(osh.statements[0]!, 'attribution', { basis: 'NAMED', cue: ['said Aibek Osmonov'] });
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      {
        file,
        entry: `${OSH_STATEMENT}.attribution.cue`,
        message: 'cue must be a quote from the article: a string, or a mapping with quote (and optionally occurrence); got ["said Aibek Osmonov"]',
      },
    ]);
  });

  test('a cue not found in the article', () => {
    const osh = oshAnnotation();
    set(osh.statements[0]!, 'attribution', { basis: 'NAMED', cue: 'said Aibek Osmanov' });
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: `${OSH_STATEMENT}.attribution.cue`,
        message: 'quote not found in the article: "said Aibek Osmanov"; copy it exactly, typographic quotes and spaces included',
      },
    ]);
  });

  test('a cue neither inside nor beside the statement’s evidence', () => {
    const osh = oshAnnotation();
    set(osh.statements[0]!, 'attribution', { basis: 'NAMED', cue: 'Kyrgyzstan pledged' });
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: `${OSH_STATEMENT}.attribution.cue`,
        message:
          'cue "Kyrgyzstan pledged" is neither inside nor beside the statement\'s evidence; quote the attributing words of the passage the evidence quotes',
      },
    ]);
  });

  test('a cue beside the evidence, with only punctuation and spaces between, is taken', () => {
    const osh = oshAnnotation();
    osh.statements[0]!.evidence = ['“We will patrol the border together,”'];
    const [statement] = loadCorpus(writeCorpus(oshFiles(osh))).statements;
    expect(statement!.attribution.cue!.quote).toBe('said Aibek Osmonov');
  });

  test('NAMED without a speaker, and UNNAMED with one', () => {
    const osh = oshAnnotation();
    remove(osh.statements[0]!, 'speaker');
    const problems = problemsLoading(oshFiles(osh));
    expect(problems).toEqual([
      {
        file: OSH.annotation,
        entry: `${OSH_STATEMENT}.attribution.basis`,
        message: 'basis NAMED needs a speaker: give the speaker, or use ROLE_ONLY (a role or body only) or UNNAMED (nobody said to speak)',
      },
    ]);
    const unnamed = oshAnnotation();
    set(unnamed.statements[0]!, 'attribution', { basis: 'UNNAMED' });
    expect(problemsLoading(oshFiles(unnamed))).toEqual([
      {
        file: OSH.annotation,
        entry: `${OSH_STATEMENT}.attribution.basis`,
        message:
          'basis UNNAMED says the article does not name who spoke, but the speaker is person:aibek-osmonov: use NAMED or ROLE_ONLY, or leave the speaker out',
      },
    ]);
  });
});

describe('other provenance fields that are missing or wrong are reported', () => {
  const UNIT = 'unit must be PEOPLE, STATES or ORGANISATIONS: what the count counts ("Some 100 government officials": PEOPLE; "more than 40 states": STATES)';

  test.each(formats)('an attendance without a unit (%s)', (_format, file) => {
    const osh = withAttendance({ text: 'Border officials of Kyrgyzstan and Tajikistan', count: 2 });
    expect(problemsLoading(oshFiles(osh, file))).toEqual([{ file, entry: `${OSH_EVENT}.attendance.unit`, message: UNIT }]);
  });

  test.each(formats)('an attendance in a unit of its own (%s)', (_format, file) => {
    const osh = withAttendance({ text: 'Border officials of Kyrgyzstan and Tajikistan', count: 2, unit: 'DELEGATIONS' });
    expect(problemsLoading(oshFiles(osh, file))).toEqual([{ file, entry: `${OSH_EVENT}.attendance.unit`, message: UNIT }]);
  });

  test.each(formats)('a season given as a date, with neither year nor month (%s)', (_format, file) => {
    const osh = oshAnnotation();
    osh.events[0]!.startDate = { text: 'This fall' };
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      {
        file,
        entry: `${OSH_EVENT}.startDate.text`,
        message:
          'a date needs a year or a month (or both); words with neither, such as a season ("This fall"), cannot be served as a date: leave the date out and keep the words in the description',
      },
    ]);
  });

  test.each(formats)('a url, a language and a review status that are not what they must be (%s)', (_format, file) => {
    const osh = oshAnnotation();
    set(osh, 'review', 'checked');
    Object.assign(osh.source, { url: 'osh-talks.html', language: 'English' });
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      { file, entry: 'review', message: 'review must be reviewed (a person has checked the annotation) or draft (a machine draft); leave it out for reviewed' },
      {
        file,
        entry: 'source.url',
        message: 'url must be the address the article was published at, with http:// or https://; leave it out when the collection does not give one',
      },
      { file, entry: 'source.language', message: 'language must be a BCP 47 language tag, e.g. "en" or "ru-KZ"' },
    ]);
  });

  test('a name marked ambiguous that is not one of the entity’s own', () => {
    const osh = oshAnnotation();
    set(osh.organisations[0]!, 'ambiguousAliases', ['Kirgizia']);
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: 'organisations[0] (organisation:kyrgyzstan).ambiguousAliases',
        message: '"Kirgizia" is neither the name nor an alias of organisation:kyrgyzstan; list only its own names here',
      },
    ]);
  });
});
