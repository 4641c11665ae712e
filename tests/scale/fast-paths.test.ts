/**
 * The loader's fast paths keep every check of the slow ones: the compiled validation never
 * accepts what class-validator rejects, JSON read by JSON.parse loads as YAML does, every kind
 * of reference is still checked when articles are built one at a time, and reading ahead on a
 * second thread loads the same corpus.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { stringify } from 'yaml';
import { ArticleAnnotation } from '../../src/loader/annotation/article-annotation';
import { canCompile, validateCompiled } from '../../src/loader/annotation/fast-path/validate-compiled';
import { CorpusLoadError, CorpusProblem, loadCorpus } from '../../src/loader';
import { parseAnnotation } from '../../src/loader/parse-annotation';
import { dushanbeAnnotation, OSH, OSH_COMMITMENT, OSH_EVENT, OSH_STATEMENT, oshAnnotation, oshFiles, problemsLoading, removeCorpora } from '../loader/fixture';
import { removeSynthCorpora, synthCorpus, temporaryDirectory } from '../synth/synth-corpus';

afterAll(() => {
  removeCorpora();
  removeSynthCorpora();
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function slowAccepts(plain: object): boolean {
  const annotation = plainToInstance(ArticleAnnotation, clone(plain));
  return validateSync(annotation, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }).length === 0;
}

const fastAccepts = (plain: object) => validateCompiled(ArticleAnnotation, clone(plain) as Record<string, unknown>) !== undefined;

/** Every path to a value in `value`, as lists of keys. */
function pathsOf(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const own = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) return [...own, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (value !== null && typeof value === 'object') return [...own, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return own;
}

/** `plain` with the value at `path` replaced (or deleted, for `undefined`). */
function mutated(plain: Json, path: (string | number)[], replacement: Json | undefined): Json {
  const copy = clone(plain);
  let holder = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(holder)) holder.splice(Number(last), 1);
    else delete holder[last];
  } else holder[last] = replacement;
  return copy;
}

const REPLACEMENTS: (Json | undefined)[] = [undefined, null, 0, -1, 1.5, '', 'x', 'person:someone', true, [], {}, ['x'], [{}], { quote: 'x' }];

describe('the compiled validation', () => {
  test('is on for the annotation classes', () => {
    expect(canCompile(ArticleAnnotation)).toBe(true);
  });

  /** A synthetic annotation, every list cut to its first two items: each shape, not each entry. */
  const synthetic = () => {
    const { directory } = synthCorpus(1000);
    const file = readdirSync(directory).find((name) => name.endsWith('.json'))!;
    const cut = (value: Json): Json =>
      Array.isArray(value)
        ? value.slice(0, 2).map(cut)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v)]))
          : value;
    return cut(JSON.parse(readFileSync(join(directory, file), 'utf8')) as Json);
  };

  test.each([
    ['the Osh fixture', () => oshAnnotation() as unknown as Json],
    ['the Dushanbe fixture', () => dushanbeAnnotation() as unknown as Json],
    ['a synthetic annotation', synthetic],
  ])('never accepts what class-validator rejects: %s, changed every way at every place', (_name, base) => {
    const plain = base();
    expect(fastAccepts(plain as object)).toBe(true);
    let compared = 0;
    const stricter: string[] = [];
    const paths = pathsOf(plain);
    for (const path of paths) {
      for (const replacement of REPLACEMENTS) {
        const changed = mutated(plain, path, replacement) as object;
        const [fast, slow] = [fastAccepts(changed), slowAccepts(changed)];
        compared++;
        if (fast) expect({ path, replacement, slow }).toEqual({ path, replacement, slow: true });
        if (slow && !fast) stricter.push(`${path.join('.')} = ${JSON.stringify(replacement)}`);
      }
      if (typeof path[path.length - 1] === 'string') {
        // An unknown field beside this one, in the same mapping.
        const unknown = mutated(plain, [...path.slice(0, -1), 'unknownField'], 'x') as object;
        expect([path, fastAccepts(unknown)]).toEqual([path, false]);
      }
    }
    expect(compared).toBeGreaterThan(300);
    // Nor is it stricter: both take the same decorators, the shape checks of nested values
    // included (before them, class-validator let `source: []` through, and the build failed).
    expect(stricter).toEqual([]);
  });

  test('normalises evidence as class-transformer does', () => {
    const plain = oshAnnotation();
    const fast = validateCompiled(ArticleAnnotation, clone(plain) as unknown as Record<string, unknown>)!;
    const slow = plainToInstance(ArticleAnnotation, clone(plain));
    expect(clone(fast)).toEqual(clone(slow));
    expect(fast.people![0]!.mentions).toEqual([{ quote: 'said Aibek Osmonov' }]);
  });
});

describe('JSON annotations', () => {
  test('load exactly as the same annotations written as YAML', () => {
    const { directory } = synthCorpus(2000);
    const asYaml = temporaryDirectory();
    for (const name of readdirSync(directory)) {
      if (name.endsWith('.txt')) copyFileSync(join(directory, name), join(asYaml, name));
      if (name.endsWith('.json')) {
        writeFileSync(join(asYaml, name.replace(/\.json$/, '.yaml')), stringify(JSON.parse(readFileSync(join(directory, name), 'utf8'))));
      }
    }
    expect(loadCorpus(asYaml)).toEqual(loadCorpus(directory));
  });

  test.each([
    ['as JSON.stringify writes it', (json: string) => json.replace('"title":', '"title":"Border talks","title":')],
    ['with spaces before the colons', (json: string) => json.replace('"title":', '"title" : "Border talks", "title" :')],
    // A `":` inside a string makes the quick count too high, so the exact count decides.
    ['beside a quote that holds `":`', (json: string) => json.replace('"title":', '"title" :"Border \\":\\" talks", "title" :')],
  ])('with a key given twice, %s, are reported as YAML reports them', (_how, repeat) => {
    const parsed = parseAnnotation('100_osh.json', repeat(JSON.stringify(oshAnnotation())));
    expect(parsed).toEqual({ problems: [{ file: '100_osh.json', message: expect.stringMatching(/^not valid YAML: Map keys must be unique/) }] });
  });

  test('with `":` inside a quote (and no key twice) load on the fast path', () => {
    const osh = oshAnnotation();
    osh.source.title = 'Border talks: "held": in Osh';
    expect(parseAnnotation('100_osh.json', JSON.stringify(osh))).toEqual({ annotation: expect.objectContaining({ source: osh.source }) });
  });

  test('that JSON.parse cannot read, or that do not validate, get the full report', () => {
    expect(parseAnnotation('a.json', '{"source": ')).toEqual({ problems: [expect.objectContaining({ message: expect.stringMatching(/^not valid YAML/) })] });
    const osh = oshAnnotation() as unknown as Record<string, Record<string, unknown>[]>;
    osh.events![0]!.kind = 'PICNIC';
    expect(parseAnnotation('a.json', JSON.stringify(osh))).toEqual({
      problems: [{ file: 'a.json', entry: 'events[0] (event:osh-border-talks-2019).kind', message: expect.stringMatching(/^kind must be one of/) }],
    });
  });
});

describe('references, checked once all articles are built', () => {
  /** The Osh fixture with every kind of reference given once, to known ids. */
  function withEveryReference() {
    const osh = oshAnnotation() as ReturnType<typeof oshAnnotation> & Record<string, unknown>;
    Object.assign(osh.source, { publisher: 'organisation:kyrgyzstan', authors: ['person:aibek-osmonov'] });
    Object.assign(osh.events[0]!, { organisers: ['organisation:kyrgyzstan-border-service'] });
    Object.assign(osh.commitments[0]!, { beneficiaries: ['organisation:tajikistan'], statement: 'statement:aibek-osmonov-patrol-the-border-together' });
    return osh;
  }

  test('the fixture with every reference loads', () => {
    expect(() => loadCorpus(writeFixture(withEveryReference()))).not.toThrow();
  });

  test('optional lists of references given as null (YAML ~) load as empty lists', () => {
    const osh = withEveryReference() as unknown as Any;
    osh.source.authors = null;
    osh.events[0].organisers = null;
    osh.commitments[0].beneficiaries = null;
    const corpus = loadCorpus(writeFixture(osh));
    expect([corpus.sources[0]!.authorIds, corpus.events[0]!.organiserIds, corpus.commitments[0]!.beneficiaryIds]).toEqual([[], [], []]);
  });

  test.each([
    ['source.publisher', (a: Any) => (a.source.publisher = 'organisation:nobody'), 'organisation'],
    ['source.authors[0]', (a: Any) => (a.source.authors[0] = 'person:nobody'), 'person'],
    ['places[0] (place:osh).country', (a: Any) => (a.places[0].country = 'organisation:nobody'), 'organisation'],
    ['organisations[2] (organisation:kyrgyzstan-border-service).parent', (a: Any) => (a.organisations[2].parent = 'organisation:nobody'), 'organisation'],
    ['affiliations[0].person', (a: Any) => (a.affiliations[0].person = 'person:nobody'), 'person'],
    ['affiliations[0].organisation', (a: Any) => (a.affiliations[0].organisation = 'organisation:nobody'), 'organisation'],
    [`${OSH_EVENT}.place`, (a: Any) => (a.events[0].place = 'place:nowhere'), 'place'],
    [`${OSH_EVENT}.organisers[0]`, (a: Any) => (a.events[0].organisers[0] = 'organisation:nobody'), 'organisation'],
    [`${OSH_EVENT}.participants[2].actor`, (a: Any) => (a.events[0].participants[2].actor = 'person:nobody'), 'person'],
    [`${OSH_STATEMENT}.speaker`, (a: Any) => (a.statements[0].speaker = 'person:nobody'), 'person'],
    [`${OSH_STATEMENT}.event`, (a: Any) => (a.statements[0].event = 'event:nothing'), 'event'],
    [`${OSH_COMMITMENT}.actors[0]`, (a: Any) => (a.commitments[0].actors[0] = 'organisation:nobody'), 'organisation'],
    [`${OSH_COMMITMENT}.beneficiaries[0]`, (a: Any) => (a.commitments[0].beneficiaries[0] = 'organisation:nobody'), 'organisation'],
    [`${OSH_COMMITMENT}.event`, (a: Any) => (a.commitments[0].event = 'event:nothing'), 'event'],
    [`${OSH_COMMITMENT}.statement`, (a: Any) => (a.commitments[0].statement = 'statement:nothing'), 'statement'],
  ])('an unknown id at %s is reported there', (entry, breakIt, type) => {
    const osh = withEveryReference() as unknown as Any;
    breakIt(osh);
    const problems = problemsLoading(oshFiles(osh));
    expect(problems).toEqual([{ file: OSH.annotation, entry, message: expect.stringMatching(new RegExp(`^unknown ${type} `)) }]);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function writeFixture(annotation: object): string {
  const directory = temporaryDirectory();
  for (const [name, content] of Object.entries(oshFiles(annotation as ReturnType<typeof oshAnnotation>))) {
    writeFileSync(join(directory, name), typeof content === 'string' ? content : stringify(content));
  }
  return directory;
}

describe('reading ahead on a second thread (the compiled loader, as `npm start` runs it)', () => {
  // The worker thread runs compiled JavaScript: the test uses the build that global setup made.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dist = require('../../dist/loader') as { loadCorpus: typeof loadCorpus; CorpusLoadError: typeof CorpusLoadError };

  test('loads the same corpus as reading on one thread', () => {
    const { directory } = synthCorpus(2000);
    expect(dist.loadCorpus(directory, { readAhead: 'always' })).toEqual(dist.loadCorpus(directory, { readAhead: 'never' }));
  });

  test('reports the same problems', () => {
    const { directory } = synthCorpus(2000);
    const broken = temporaryDirectory();
    for (const name of readdirSync(directory)) copyFileSync(join(directory, name), join(broken, name));
    const [first, second] = readdirSync(broken).filter((name) => name.endsWith('.json'));
    writeFileSync(join(broken, first!), readFileSync(join(broken, first!), 'utf8').replace('"kind":"', '"kind":"X'));
    writeFileSync(join(broken, second!), '{"source": [');
    const problems = (readAhead: 'always' | 'never'): CorpusProblem[] => {
      try {
        dist.loadCorpus(broken, { readAhead });
      } catch (error) {
        if (error instanceof dist.CorpusLoadError) return [...error.problems];
        throw error;
      }
      throw new Error('the broken corpus loaded');
    };
    const oneThread = problems('never');
    expect(oneThread.length).toBeGreaterThanOrEqual(2);
    expect(problems('always')).toEqual(oneThread);
  });
});
