/**
 * `npm run corpus:check [-- DIR]`: every kind of problem the loader reports comes out as a line
 * "file › entry: message", and the command exits 1; a valid corpus, 0.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkCorpus, formatCorpusCheck } from '../../src/loader';
import { SEEDS_DIR } from '../helpers/seeds';
import {
  bothFiles,
  type CorpusFiles,
  DUSHANBE,
  DUSHANBE_TEXT,
  dushanbeAnnotation,
  OSH,
  OSH_COMMITMENT,
  OSH_EVENT,
  OSH_JSON,
  OSH_STATEMENT,
  oshAnnotation,
  oshFiles,
  remove,
  removeCorpora,
  set,
  writeCorpus,
} from './fixture';

afterAll(removeCorpora);

/** The built command (tests/global-setup.ts builds dist/), run as `npm run corpus:check -- DIR` runs it. */
const CHECK = join(__dirname, '..', '..', 'dist', 'cli', 'check-corpus.js');

/** One kind of problem: the files that have it, and the lines the check prints for it. */
type Kind = readonly [name: string, files: () => CorpusFiles, lines: readonly (string | RegExp)[]];

const edited = (edit: (osh: ReturnType<typeof oshAnnotation>) => void) => () => {
  const osh = oshAnnotation();
  edit(osh);
  return oshFiles(osh);
};
const editedDushanbe = (edit: (dushanbe: ReturnType<typeof dushanbeAnnotation>) => void) => () => {
  const dushanbe = dushanbeAnnotation();
  edit(dushanbe);
  return bothFiles(oshAnnotation(), dushanbe);
};

const KINDS: readonly Kind[] = [
  [
    'an unknown reference',
    edited((osh) => (osh.statements[0]!.speaker = 'person:aibek-osmanov')),
    [
      `${OSH.annotation} › ${OSH_STATEMENT}.speaker: unknown person person:aibek-osmanov: no article defines it; add it to the people of an article, or fix the id`,
    ],
  ],
  [
    'a missing required field',
    edited((osh) => remove(osh.events[0]!, 'kind')),
    [`${OSH.annotation} › ${OSH_EVENT}.kind: kind must be one of CONFERENCE, MEETING, SUMMIT, SESSION, VISIT, TRAINING, OTHER`],
  ],
  [
    'a quote not found in the article',
    edited((osh) => (osh.people[0]!.mentions = ['said Aibek Osmanov'])),
    [
      `${OSH.annotation} › people[0] (person:aibek-osmonov).mentions[0]: quote not found in the article: "said Aibek Osmanov"; copy it exactly, typographic quotes and spaces included`,
    ],
  ],
  [
    'a quote found twice, without an occurrence',
    edited((osh) => (osh.places[0]!.mentions[1] = 'in Osh')),
    [/^100_osh\.yaml › places\[0\] \(place:osh\)\.mentions\[1\]: .*"in Osh".*occurrence/],
  ],
  [
    'an occurrence beyond the count',
    edited((osh) => (osh.places[0]!.mentions[1] = { quote: 'in Osh', occurrence: 3 })),
    [`${OSH.annotation} › places[0] (place:osh).mentions[1]: occurrence 3 asked for, but the quote occurs 2 time(s): "in Osh"`],
  ],
  [
    'a duplicate id, across two files',
    editedDushanbe((dushanbe) =>
      dushanbe.events.push({ id: 'event:osh-border-talks-2019', name: 'Border talks', kind: 'MEETING', evidence: ['the border talks'] }),
    ),
    [
      `${DUSHANBE.annotation} › events[0] (event:osh-border-talks-2019): duplicate id event:osh-border-talks-2019: already defined in ${OSH.annotation}; ids must be unique`,
    ],
  ],
  [
    'an amount with no currency',
    edited((osh) => remove(osh.commitments[0]!.amounts[1]!, 'currency')),
    [
      `${OSH.annotation} › ${OSH_COMMITMENT}.amounts[1].currency: currency must be an ISO 4217 code of three capital letters, e.g. USD or KZT`,
      `${OSH.annotation} › ${OSH_COMMITMENT}.amounts[1].currency: currency is missing: give the ISO 4217 code, e.g. USD or KZT`,
    ],
  ],
  [
    'an amount whose text is not inside the evidence',
    edited((osh) => (osh.commitments[0]!.amounts[1]!.text = '850,000 som')),
    [`${OSH.annotation} › ${OSH_COMMITMENT}.amounts[1]: amount text "850,000 som" is not inside the commitment's evidence; quote the words that state it`],
  ],
  [
    'an unknown field',
    edited((osh) => set(osh.statements[0]!, 'speker', 'person:aibek-osmonov')),
    [`${OSH.annotation} › ${OSH_STATEMENT}.speker: unknown field "speker"; check its spelling against seeds/README.md`],
  ],
  [
    'a wrong id prefix',
    edited((osh) => (osh.people[0]!.id = 'persons:aibek-osmonov')),
    [
      `${OSH.annotation} › people[0] (persons:aibek-osmonov).id: id must be a person id like "person:lower-case-words-joined-by-hyphens"; got "persons:aibek-osmonov"`,
    ],
  ],
  [
    'conflicting names for one id, across two files',
    editedDushanbe((dushanbe) => (dushanbe.organisations[1]!.name = 'Kyrgyz Republic')),
    [/^101_dushanbe\.yaml › organisations\[1\] \(organisation:kyrgyzstan\): name "Kyrgyz Republic" disagrees with "Kyrgyzstan"/],
  ],
  [
    'parent links that form a cycle',
    editedDushanbe((dushanbe) =>
      dushanbe.organisations.push(
        { id: 'organisation:a', name: 'A', kind: 'GOVERNMENT_BODY', parent: 'organisation:b', mentions: ['Tajikistan welcomed'] },
        { id: 'organisation:b', name: 'B', kind: 'GOVERNMENT_BODY', parent: 'organisation:a', mentions: ['Tajikistan welcomed'] },
      ),
    ),
    [
      `${DUSHANBE.annotation} › organisations[2] (organisation:a).parent: parent links form a cycle: organisation:a → organisation:b → organisation:a`,
      `${DUSHANBE.annotation} › organisations[3] (organisation:b).parent: parent links form a cycle: organisation:b → organisation:a → organisation:b`,
    ],
  ],
  [
    'a statement text not found in the article',
    edited((osh) => (osh.statements[0]!.text = 'We will patrol the borders together')),
    [`${OSH.annotation} › ${OSH_STATEMENT}.text: text is not found word for word in the article; give the words as the article has them`],
  ],
  [
    'a day without its month',
    edited((osh) => (osh.events[0]!.startDate = { text: '3', year: 2019, day: 3 })),
    [`${OSH.annotation} › ${OSH_EVENT}.startDate.day: day needs a month: give month too, or leave day out`],
  ],
  [
    'a list given as a mapping',
    edited((osh) => set(osh, 'places', {})),
    [`${OSH.annotation} › places: places must be a list: in YAML one "- " item per entry, in JSON [ … ]`],
  ],
  [
    'an article with no annotation',
    () => ({ ...oshFiles(), '102_bishkek.txt': 'Bishkek.\n' }),
    ['102_bishkek.txt: the article has no annotation file; write 102_bishkek.yaml beside it (see seeds/README.md)'],
  ],
  [
    'an annotation with no article',
    () => ({ ...oshFiles(), '102_bishkek.yaml': dushanbeAnnotation() }),
    ['102_bishkek.yaml: no article 102_bishkek.txt beside this annotation'],
  ],
  [
    'invalid YAML',
    () => ({ ...oshFiles(), [OSH.annotation]: 'source:\n  id: source:border-talks-held-in-osh\n  title: [Border talks\n' }),
    [/^100_osh\.yaml: not valid YAML: Flow sequence .* at line 4, column 1:/],
  ],
  [
    'two annotation files for one article',
    () => ({ ...oshFiles(), [OSH_JSON]: oshAnnotation() }),
    [`${OSH.annotation}: ${OSH_JSON} already annotates 100_osh.txt; keep one annotation file per article`],
  ],
  ['an empty directory', () => ({}), ['.: no articles (*.txt) in the corpus directory']],
];

describe('corpus:check prints every problem, file › entry: message', () => {
  test.each(KINDS)('%s', (_name, files, lines) => {
    const directory = writeCorpus(files());
    const report = formatCorpusCheck(directory, checkCorpus(directory));
    // A message may run over several lines (a YAML error shows the place): the summary is the last line.
    const summary = report.slice(report.lastIndexOf('\n') + 1);
    const problems = report.slice(0, report.lastIndexOf('\n'));
    expect(summary).toBe(`${directory}: ${lines.length} problem${lines.length === 1 ? '; fix it' : 's; fix them'}, then check again.`);
    if (lines.every((line) => typeof line === 'string')) expect(problems).toBe(lines.join('\n'));
    else expect(problems).toMatch(lines[0]!);
  });

  test('a valid corpus: its articles and drafts, no problems', () => {
    const osh = oshAnnotation();
    set(osh, 'review', 'draft');
    const directory = writeCorpus(bothFiles(osh));
    expect(formatCorpusCheck(directory, checkCorpus(directory))).toBe(`${directory}: 2 articles (1 draft), no problems.`);
  });
});

describe('npm run corpus:check, as a process', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CHECK, ...args], { encoding: 'utf8', env: { ...process.env, CORPUS_DIR: '' } });

  test('every problem of every file in one run, on stderr; exit code 1', () => {
    const osh = oshAnnotation();
    osh.statements[0]!.speaker = 'person:aibek-osmanov';
    const dushanbe = dushanbeAnnotation();
    dushanbe.organisations[1]!.name = 'Kyrgyz Republic';
    const directory = writeCorpus({ ...bothFiles(osh, dushanbe), '102_bishkek.txt': 'Bishkek.\n', [DUSHANBE.text]: DUSHANBE_TEXT });
    const { status, stdout, stderr } = run(directory);
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr.trim().split('\n')).toEqual([
      '102_bishkek.txt: the article has no annotation file; write 102_bishkek.yaml beside it (see seeds/README.md)',
      expect.stringMatching(/^101_dushanbe\.yaml › organisations\[1\] \(organisation:kyrgyzstan\): name "Kyrgyz Republic" disagrees/),
      expect.stringMatching(
        /^100_osh\.yaml › statements\[0\] \(statement:aibek-osmonov-patrol-the-border-together\)\.speaker: unknown person person:aibek-osmanov/,
      ),
      `${directory}: 3 problems; fix them, then check again.`,
    ]);
  });

  test('the seeds: no problems, exit code 0', () => {
    expect(run(SEEDS_DIR)).toMatchObject({ status: 0, stdout: `${SEEDS_DIR}: 5 articles (0 drafts), no problems.\n`, stderr: '' });
  });

  test('a directory that is not there: what to give instead, exit code 1', () => {
    const { status, stderr } = run(join(SEEDS_DIR, 'no-such-directory'));
    expect(status).toBe(1);
    expect(stderr).toContain(
      `DIR must be a directory of articles (*.txt) and their annotations (*.yaml), but ${join(SEEDS_DIR, 'no-such-directory')} does not exist`,
    );
  });
});
