/**
 * The reviewed view of a corpus (reviewedCorpusOf): the seeds with a draft article beside them
 * (tests/fixtures/draft-article/) are, without the draft's facts, exactly the seeds.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../../src/domain';
import { loadCorpus } from '../../src/loader';
import { CorpusRepository, reviewedCorpusOf } from '../../src/repository';
import { loadSeedCorpus, SEEDS_DIR } from '../helpers/seeds';

const FIXTURE = join(__dirname, '..', 'fixtures', 'draft-article');

let directory: string;
let withDraft: Corpus;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'reviewed-corpus-'));
  for (const file of readdirSync(SEEDS_DIR).filter((name) => /\.(txt|yaml)$/.test(name))) copyFileSync(join(SEEDS_DIR, file), join(directory, file));
  for (const file of readdirSync(FIXTURE)) copyFileSync(join(FIXTURE, file), join(directory, file));
  withDraft = loadCorpus(directory);
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

test('without the draft, the corpus is the seeds: every entity, fact and mention as the seeds alone give them', () => {
  expect(withDraft.sources.map((source) => source.review)).toEqual(['REVIEWED', 'REVIEWED', 'REVIEWED', 'REVIEWED', 'REVIEWED', 'DRAFT']);
  const reviewed = reviewedCorpusOf(withDraft)!;
  expect(reviewed.corpus).toEqual(loadSeedCorpus());
  // The draft named these too: in the reviewed view, without its mentions.
  const karin = (corpus: Corpus) => corpus.people.find((person) => person.id === 'person:yerlan-karin')!.mentions.length;
  expect(karin(withDraft)).toBe(karin(reviewed.corpus) + 1);
});

test('every object of the reviewed view is its own, never one of the whole corpus', () => {
  const { corpus, objects } = reviewedCorpusOf(withDraft)!;
  const whole = new Set<object>([...Object.values(withDraft).flat(), ...withDraft.events.flatMap((event) => event.participations)]);
  for (const object of [...Object.values(corpus).flat(), ...corpus.events.flatMap((event) => event.participations)]) {
    expect(objects.has(object)).toBe(true);
    expect(whole.has(object)).toBe(false);
  }
});

test('a corpus without drafts has no other view: the repository is its own reviewed view', () => {
  const seeds = loadSeedCorpus();
  expect(reviewedCorpusOf(seeds)).toBeUndefined();
  const repository = new CorpusRepository(seeds);
  expect(repository.drafts).toBe(0);
  expect(repository.reviewed).toBe(repository);
  expect(repository.viewOf(repository.people[0]!)).toBe(repository);
});

test('a repository with a draft: each object answers from its own view', () => {
  const repository = new CorpusRepository(withDraft);
  const { reviewed } = repository;
  expect({ drafts: repository.drafts, reviewedDrafts: reviewed.drafts, sources: reviewed.sources.length }).toEqual({
    drafts: 1,
    reviewedDrafts: 0,
    sources: 5,
  });
  const [karinReviewed] = reviewed.peopleByIds(['person:yerlan-karin']);
  const [karinWhole] = repository.peopleByIds(['person:yerlan-karin']);
  expect(repository.viewOf(karinReviewed!)).toBe(reviewed);
  expect(repository.viewOf(karinWhole!)).toBe(repository);
  const statements = (view: CorpusRepository) => view.statementsBySpeaker(['person:yerlan-karin'])[0]!.map((statement) => statement.id);
  expect(statements(repository)).toEqual([...statements(reviewed), 'statement:yerlan-karin-regional-training-best-investment']);
  expect(reviewed.peopleByIds(['person:zarina-nazarova'])).toEqual([undefined]);
});
