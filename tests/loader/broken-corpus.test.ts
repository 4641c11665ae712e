/**
 * The loader on broken input: each break of a small valid corpus is reported by file, entry
 * and message, and every problem of a corpus is reported in one run.
 */
import { formatProblem, loadCorpus } from '../../src/loader';
import {
  bothFiles,
  DUSHANBE,
  DUSHANBE_TEXT,
  dushanbeAnnotation,
  loadError,
  OSH,
  OSH_COMMITMENT,
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

const CONFLICTING_NAME =
  `name "Kyrgyz Republic" disagrees with "Kyrgyzstan" given for organisation:kyrgyzstan in ${OSH.annotation}; ` +
  'give it in one article only, or make them equal';
const UNKNOWN_SPEAKER = 'unknown person person:aibek-osmanov: no article defines it; add it to the people of an article, or fix the id';

describe('the valid fixture', () => {
  const corpus = loadCorpus(writeCorpus(bothFiles()));

  test('loads both articles, merging what both annotate', () => {
    expect(corpus.sources.map((s) => [s.id, s.seedFile])).toEqual([
      ['source:border-talks-held-in-osh', OSH.text],
      ['source:tajikistan-welcomes-the-osh-talks', DUSHANBE.text],
    ]);
    const kyrgyzstan = corpus.organisations.find((o) => o.id === 'organisation:kyrgyzstan')!;
    expect(kyrgyzstan.aliases).toEqual(['Kyrgyz Republic']);
    expect(kyrgyzstan.mentions.map((m) => [m.sourceId, m.quote])).toEqual([
      ['source:border-talks-held-in-osh', 'Kyrgyzstan and Tajikistan'],
      ['source:border-talks-held-in-osh', 'Kyrgyzstan pledged'],
      ['source:tajikistan-welcomes-the-osh-talks', 'with Kyrgyzstan'],
    ]);
    expect(corpus.statements.map((s) => [s.id, s.eventId])).toEqual([
      ['statement:aibek-osmonov-patrol-the-border-together', 'event:osh-border-talks-2019'],
      ['statement:tajikistan-welcomes-the-border-talks', 'event:osh-border-talks-2019'],
    ]);
  });

  test('locates evidence at 0-based, end-exclusive UTF-16 offsets, past typographic quotes', () => {
    const osmonov = corpus.people.find((p) => p.id === 'person:aibek-osmonov')!;
    // “ and ” are one UTF-16 unit each (three bytes in UTF-8): the mention starts at 144, not 148.
    expect(osmonov.mentions).toEqual([{ sourceId: 'source:border-talks-held-in-osh', start: 144, end: 162, quote: 'said Aibek Osmonov' }]);
    const osh = corpus.places.find((p) => p.id === 'place:osh')!;
    expect(osh.mentions.map((m) => [m.start, m.end])).toEqual([
      [26, 32], // "OSH --"
      [83, 89], // the second "in Osh", as the occurrence asks
    ]);
    for (const m of [...osmonov.mentions, ...osh.mentions]) expect(OSH_TEXT.slice(m.start, m.end)).toBe(m.quote);
  });

  test('keeps amounts and dates as annotated', () => {
    const [pledge] = corpus.commitments;
    expect(pledge!.amounts).toEqual([
      { value: 10000, currency: 'USD', text: '$10,000' },
      { value: 850000, currency: 'KGS', text: '850,000 KGS' },
    ]);
    expect(corpus.events[0]!.startDate).toEqual({ text: '3 May 2019', year: 2019, month: 5, day: 3, precision: 'DAY' });
  });

  test('loads the same from a .json annotation', () => {
    const files = bothFiles();
    const { [DUSHANBE.annotation]: annotation, ...rest } = files;
    expect(loadCorpus(writeCorpus({ ...rest, '101_dushanbe.json': annotation! }))).toEqual(corpus);
  });
});

describe('a broken annotation is reported by file, entry and message', () => {
  test('an unknown reference', () => {
    const osh = oshAnnotation();
    osh.statements[0]!.speaker = 'person:aibek-osmanov';
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: `${OSH_STATEMENT}.speaker`,
        message: UNKNOWN_SPEAKER,
      },
    ]);
  });

  test('a missing required field', () => {
    const osh = oshAnnotation();
    remove(osh.events[0]!, 'kind');
    expect(problemsLoading(oshFiles(osh))).toEqual([
      { file: OSH.annotation, entry: `${OSH_EVENT}.kind`, message: 'kind must be one of CONFERENCE, MEETING, SUMMIT, SESSION, VISIT, TRAINING, OTHER' },
    ]);
  });

  test('a quote not found in the article', () => {
    const osh = oshAnnotation();
    osh.people[0]!.mentions = ['said Aibek Osmanov'];
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: 'people[0] (person:aibek-osmonov).mentions[0]',
        message: 'quote not found in the article: "said Aibek Osmanov"; copy it exactly, typographic quotes and spaces included',
      },
    ]);
  });

  test('a quote found twice, without an occurrence', () => {
    const osh = oshAnnotation();
    osh.places[0]!.mentions[1] = 'in Osh';
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: 'places[0] (place:osh).mentions[1]',
        message: 'quote occurs 2 times in the article: "in Osh"; add "occurrence: N" (1 to 2) or quote more words',
      },
    ]);
  });

  test('an occurrence beyond the count', () => {
    const osh = oshAnnotation();
    osh.places[0]!.mentions[1] = { quote: 'in Osh', occurrence: 3 };
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: 'places[0] (place:osh).mentions[1]',
        message: 'occurrence 3 asked for, but the quote occurs 2 time(s): "in Osh"',
      },
    ]);
  });

  test('a duplicate id, across two files', () => {
    const dushanbe = dushanbeAnnotation();
    dushanbe.events.push({ id: 'event:osh-border-talks-2019', name: 'Border talks', kind: 'MEETING', evidence: ['the border talks'] });
    expect(problemsLoading(bothFiles(oshAnnotation(), dushanbe))).toEqual([
      {
        file: DUSHANBE.annotation,
        entry: 'events[0] (event:osh-border-talks-2019)',
        message: `duplicate id event:osh-border-talks-2019: already defined in ${OSH.annotation}; ids must be unique`,
      },
    ]);
  });

  test('an amount with no currency', () => {
    const osh = oshAnnotation();
    remove(osh.commitments[0]!.amounts[1]!, 'currency');
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: `${OSH_COMMITMENT}.amounts[1].currency`,
        message: 'currency must be an ISO 4217 code of three capital letters, e.g. USD or KZT',
      },
      { file: OSH.annotation, entry: `${OSH_COMMITMENT}.amounts[1].currency`, message: 'currency is missing: give the ISO 4217 code, e.g. USD or KZT' },
    ]);
  });

  test('an amount whose text is not inside the evidence', () => {
    const osh = oshAnnotation();
    osh.commitments[0]!.amounts[1]!.text = '850,000 som';
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: `${OSH_COMMITMENT}.amounts[1]`,
        message: 'amount text "850,000 som" is not inside the commitment\'s evidence; quote the words that state it',
      },
    ]);
  });

  test('an unknown field: a typo', () => {
    const osh = oshAnnotation();
    set(osh.statements[0]!, 'speker', osh.statements[0]!.speaker);
    remove(osh.statements[0]!, 'speaker');
    expect(problemsLoading(oshFiles(osh))).toEqual([
      { file: OSH.annotation, entry: `${OSH_STATEMENT}.speker`, message: 'unknown field "speker"; check its spelling against seeds/README.md' },
    ]);
  });

  test('a wrong id prefix', () => {
    const osh = oshAnnotation();
    osh.people[0]!.id = 'persons:aibek-osmonov';
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: 'people[0] (persons:aibek-osmonov).id',
        message: 'id must be a person id like "person:lower-case-words-joined-by-hyphens"; got "persons:aibek-osmonov"',
      },
    ]);
  });

  test('a reference to an id of the wrong type', () => {
    const osh = oshAnnotation();
    osh.statements[0]!.speaker = 'place:osh';
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: `${OSH_STATEMENT}.speaker`,
        message:
          'speaker must be a person id like "person:lower-case-words-joined-by-hyphens" or ' +
          'an organisation id like "organisation:lower-case-words-joined-by-hyphens"; got "place:osh"',
      },
    ]);
  });

  test('conflicting names for one id, across two files', () => {
    const dushanbe = dushanbeAnnotation();
    dushanbe.organisations[1]!.name = 'Kyrgyz Republic';
    expect(problemsLoading(bothFiles(oshAnnotation(), dushanbe))).toEqual([
      {
        file: DUSHANBE.annotation,
        entry: 'organisations[1] (organisation:kyrgyzstan)',
        message: CONFLICTING_NAME,
      },
    ]);
  });

  test('parent links that form a cycle, in the file that gives them', () => {
    const dushanbe = dushanbeAnnotation();
    const committee = 'organisation:tajikistan-state-committee-for-national-security';
    const troops = 'organisation:tajikistan-border-troops';
    dushanbe.organisations.push(
      { id: committee, name: 'State Committee for National Security', kind: 'GOVERNMENT_BODY', parent: troops, mentions: ['Tajikistan welcomed'] },
      { id: troops, name: 'Border Troops', kind: 'GOVERNMENT_BODY', parent: committee, mentions: ['Tajikistan welcomed'] },
    );
    expect(problemsLoading(bothFiles(oshAnnotation(), dushanbe))).toEqual([
      {
        file: DUSHANBE.annotation,
        entry: `organisations[2] (${committee}).parent`,
        message: `parent links form a cycle: ${committee} → ${troops} → ${committee}`,
      },
      {
        file: DUSHANBE.annotation,
        entry: `organisations[3] (${troops}).parent`,
        message: `parent links form a cycle: ${troops} → ${committee} → ${troops}`,
      },
    ]);
  });

  test('a statement text not found in the article', () => {
    const osh = oshAnnotation();
    osh.statements[0]!.text = 'We will patrol the borders together';
    expect(problemsLoading(oshFiles(osh))).toEqual([
      {
        file: OSH.annotation,
        entry: `${OSH_STATEMENT}.text`,
        message: 'text is not found word for word in the article; give the words as the article has them',
      },
    ]);
  });

  test('a day without its month', () => {
    const osh = oshAnnotation();
    osh.events[0]!.startDate = { text: '3', year: 2019, day: 3 };
    expect(problemsLoading(oshFiles(osh))).toEqual([
      { file: OSH.annotation, entry: `${OSH_EVENT}.startDate.day`, message: 'day needs a month: give month too, or leave day out' },
    ]);
  });
});

describe('broken files are reported', () => {
  test('an article with no annotation', () => {
    expect(problemsLoading({ ...oshFiles(), '102_bishkek.txt': 'Bishkek.\n' })).toEqual([
      { file: '102_bishkek.txt', message: 'the article has no annotation file; write 102_bishkek.yaml beside it (see seeds/README.md)' },
    ]);
  });

  test('an annotation with no article', () => {
    expect(problemsLoading({ ...oshFiles(), '102_bishkek.yaml': dushanbeAnnotation() })).toEqual([
      { file: '102_bishkek.yaml', message: 'no article 102_bishkek.txt beside this annotation' },
    ]);
  });

  test('invalid YAML', () => {
    const problems = problemsLoading({ ...oshFiles(), [OSH.annotation]: 'source:\n  id: source:border-talks-held-in-osh\n  title: [Border talks\n' });
    expect(problems).toEqual([{ file: OSH.annotation, message: expect.stringMatching(/^not valid YAML: Flow sequence .* at line 4, column 1:/) }]);
  });

  test('two annotation files for one article', () => {
    expect(problemsLoading({ ...oshFiles(), '100_osh.json': oshAnnotation() })).toEqual([
      { file: OSH.annotation, message: '100_osh.json already annotates 100_osh.txt; keep one annotation file per article' },
    ]);
  });
});

describe('a mapping given as a list, or left out, is reported, not built', () => {
  // class-validator's ValidateNested validates a list's items where one object is expected, so
  // `[]` used to pass it (and a missing source was not checked at all): the build then loaded
  // a source without an id, or failed with a TypeError. JSON is checked by the compiled fast
  // path first, which must refuse these too and leave the report to the full path.
  const SOURCE = 'a mapping with id and title (and optionally publisher, authors, url, publishedAt, language)';
  const DATE = 'a mapping with text (and optionally year, month, day, inferred)';
  const formats = [
    ['YAML', OSH.annotation],
    ['JSON', OSH_JSON],
  ] as const;

  test.each(formats)('an empty list for the source (%s)', (_format, file) => {
    const osh = oshAnnotation();
    set(osh, 'source', []);
    expect(problemsLoading(oshFiles(osh, file))).toEqual([{ file, entry: 'source', message: `source must be ${SOURCE}; got []` }]);
  });

  test.each(formats)('the source given as a list of one source (%s)', (_format, file) => {
    const osh = oshAnnotation();
    set(osh, 'source', [osh.source]);
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      { file, entry: 'source', message: `source must be ${SOURCE}; got [{"id":"source:border-talks-held-in-osh","title":"Border ...` },
    ]);
  });

  test.each(formats)('a missing source (%s)', (_format, file) => {
    const osh = oshAnnotation();
    remove(osh, 'source');
    expect(problemsLoading(oshFiles(osh, file))).toEqual([{ file, entry: 'source', message: `source is missing: give ${SOURCE}` }]);
  });

  test.each(formats)('an empty list for a date (%s)', (_format, file) => {
    const osh = oshAnnotation();
    osh.events[0]!.startDate = [] as unknown as Record<string, unknown>;
    expect(problemsLoading(oshFiles(osh, file))).toEqual([{ file, entry: `${OSH_EVENT}.startDate`, message: `startDate must be ${DATE}; got []` }]);
  });

  test.each(formats)('a string for a date, said once (%s)', (_format, file) => {
    const osh = oshAnnotation();
    osh.events[0]!.startDate = '3 May 2019' as unknown as Record<string, unknown>;
    expect(problemsLoading(oshFiles(osh, file))).toEqual([{ file, entry: `${OSH_EVENT}.startDate`, message: `startDate must be ${DATE}; got "3 May 2019"` }]);
  });

  test.each(formats)('an empty list for an entry of a section (%s)', (_format, file) => {
    const osh = oshAnnotation();
    set(osh, 'places', [osh.places[0], [], null]);
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      {
        file,
        entry: 'places',
        message:
          'places[1] must be a mapping with id and mentions (and optionally country, name, aliases, ambiguousAliases, confidence); got [] (nor is places[2])',
      },
    ]);
  });

  test.each(formats)('an empty list for a nested entry (%s)', (_format, file) => {
    const osh = oshAnnotation();
    set(osh.commitments[0]!, 'amounts', [[]]);
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      { file, entry: `${OSH_COMMITMENT}.amounts`, message: 'amounts[0] must be a mapping with value, currency and text; got []' },
    ]);
  });

  test.each(formats)('an empty list for a quote (%s)', (_format, file) => {
    const osh = oshAnnotation();
    set(osh.people[0]!, 'mentions', [[]]);
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      {
        file,
        entry: 'people[0] (person:aibek-osmonov).mentions',
        message: 'mentions[0] must be a quote from the article: a string, or a mapping with quote (and optionally occurrence); got []',
      },
    ]);
  });

  test.each(formats)('a mapping where a list of entries belongs, said once (%s)', (_format, file) => {
    const osh = oshAnnotation();
    set(osh, 'places', {});
    expect(problemsLoading(oshFiles(osh, file))).toEqual([
      { file, entry: 'places', message: 'places must be a list: in YAML one "- " item per entry, in JSON [ … ]' },
    ]);
  });

  test('all of them in one report, nothing loaded', () => {
    const osh = oshAnnotation();
    remove(osh, 'source');
    osh.events[0]!.startDate = [] as unknown as Record<string, unknown>;
    const dushanbe = dushanbeAnnotation();
    set(dushanbe.statements[0]!, 'date', []);
    const error = loadError({ ...oshFiles(osh, OSH_JSON), [DUSHANBE.text]: DUSHANBE_TEXT, [DUSHANBE.annotation]: dushanbe });
    expect(error.problems).toEqual([
      { file: OSH_JSON, entry: 'source', message: `source is missing: give ${SOURCE}` },
      { file: OSH_JSON, entry: `${OSH_EVENT}.startDate`, message: `startDate must be ${DATE}; got []` },
      {
        file: DUSHANBE.annotation,
        entry: 'statements[0] (statement:tajikistan-welcomes-the-border-talks).date',
        message: `date must be ${DATE}; got []`,
      },
    ]);
    expect(error.message).toMatch(/^The corpus in .+ has 3 problems; nothing was loaded:\n/);
  });
});

describe('a corpus with many problems', () => {
  const osh = oshAnnotation();
  osh.statements[0]!.speaker = 'person:aibek-osmanov'; // unknown reference
  osh.people[0]!.mentions = ['said Aibek Osmanov']; // quote not found
  osh.commitments[0]!.amounts[0]!.text = '$20,000'; // amount not in the evidence
  const dushanbe = dushanbeAnnotation();
  dushanbe.organisations[1]!.name = 'Kyrgyz Republic'; // conflicting name
  dushanbe.statements[0]!.id = osh.statements[0]!.id; // duplicate id
  const files = {
    ...bothFiles(osh, dushanbe),
    '102_bishkek.txt': 'Bishkek.\n',
    '102_bishkek.yaml': 'source: {id: source:bishkek, title: Bishkek\n', // invalid YAML
    '103_almaty.yaml': dushanbeAnnotation(), // no article
  };
  const error = loadError(files);

  test('reports them all in one run', () => {
    expect(error.problems).toEqual([
      { file: '103_almaty.yaml', message: 'no article 103_almaty.txt beside this annotation' },
      { file: '102_bishkek.yaml', message: expect.stringMatching(/^not valid YAML: /) },
      {
        file: OSH.annotation,
        entry: 'people[0] (person:aibek-osmonov).mentions[0]',
        message: 'quote not found in the article: "said Aibek Osmanov"; copy it exactly, typographic quotes and spaces included',
      },
      {
        file: DUSHANBE.annotation,
        entry: 'organisations[1] (organisation:kyrgyzstan)',
        message: CONFLICTING_NAME,
      },
      {
        file: OSH.annotation,
        entry: `${OSH_COMMITMENT}.amounts[0]`,
        message: 'amount text "$20,000" is not inside the commitment\'s evidence; quote the words that state it',
      },
      {
        file: DUSHANBE.annotation,
        entry: 'statements[0] (statement:aibek-osmonov-patrol-the-border-together)',
        message: `duplicate id statement:aibek-osmonov-patrol-the-border-together: already defined in ${OSH.annotation}; ids must be unique`,
      },
      {
        file: OSH.annotation,
        entry: `${OSH_STATEMENT}.speaker`,
        message: UNKNOWN_SPEAKER,
      },
    ]);
  });

  test('lists each problem in its message, by file and entry', () => {
    expect(error.message).toMatch(/^The corpus in .+ has 7 problems; nothing was loaded:\n/);
    for (const problem of error.problems) expect(error.message).toContain(`\n  - ${formatProblem(problem)}`);
    expect(error.message).toContain(`\n  - ${OSH.annotation} › ${OSH_STATEMENT}.speaker: ${UNKNOWN_SPEAKER}`);
  });
});
