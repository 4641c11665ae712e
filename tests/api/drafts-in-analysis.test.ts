/**
 * Timelines, facets, networks and paths leave a draft's facts out unless `includeDrafts: true`
 * asks for them, and what hangs under a reviewed answer (a network's actors, their statements)
 * stays reviewed: the seeds with the draft of tests/fixtures/draft-article/ beside them.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/loader';
import { CorpusRepository } from '../../src/repository';
import { ApiClient, createApiClient } from '../helpers/api-client';
import { SEEDS_DIR } from '../helpers/seeds';

const FIXTURE = join(__dirname, '..', 'fixtures', 'draft-article');
const DRAFT_EVENT = 'event:khorog-border-seminar-2019';
const DRAFT_PERSON = 'person:zarina-nazarova';
const DRAFT_STATEMENT = 'statement:yerlan-karin-regional-training-best-investment';

let directory: string;
let api: ApiClient;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'drafts-in-analysis-'));
  for (const file of readdirSync(SEEDS_DIR).filter((name) => /\.(txt|yaml)$/.test(name))) copyFileSync(join(SEEDS_DIR, file), join(directory, file));
  for (const file of readdirSync(FIXTURE)) copyFileSync(join(FIXTURE, file), join(directory, file));
  api = await createApiClient(new CorpusRepository(loadCorpus(directory)));
});

afterAll(async () => {
  await api.stop();
  rmSync(directory, { recursive: true, force: true });
});

interface TimelineAnswer {
  timeline: { buckets: { period: string; count: number; items: { id: string }[] }[] };
}

test('a timeline of March 2019 places the draft seminar and its statements only with includeDrafts', async () => {
  const query = `query ($drafts: Boolean) { timeline(unit: DAY, filter: { from: "2019-03", to: "2019-03" }, includeDrafts: $drafts) {
    buckets { period count items(first: 10) { ... on Event { id } ... on Statement { id } } } } }`;
  const day = (answer: TimelineAnswer) => answer.timeline.buckets.find((bucket) => bucket.period === '2019-03-14')!;
  const reviewed = await api.query<TimelineAnswer>(query, { drafts: false });
  expect(day(reviewed).count).toBe(0);
  const withDrafts = await api.query<TimelineAnswer>(query, { drafts: true });
  expect(day(withDrafts).items.map((item) => item.id)).toEqual(expect.arrayContaining([DRAFT_EVENT, DRAFT_STATEMENT]));
});

test("facets of events count the draft's organiser only with includeDrafts", async () => {
  const query = `query ($drafts: Boolean) { events(includeDrafts: $drafts) { totalCount facets(top: 100) { organiser { value label count } } } }`;
  type Answer = { events: { totalCount: number; facets: { organiser: { value: string; label: string }[] } } };
  const reviewed = await api.query<Answer>(query, { drafts: false });
  const withDrafts = await api.query<Answer>(query, { drafts: true });
  expect(withDrafts.events.totalCount).toBe(reviewed.events.totalCount + 1);
  expect(reviewed.events.facets.organiser.map((facet) => facet.value)).not.toContain('organisation:pamir-border-institute');
  expect(withDrafts.events.facets.organiser).toContainEqual({ value: 'organisation:pamir-border-institute', label: 'Pamir Border Institute', count: 1 });
});

test("Karin's network reaches the draft's people only with includeDrafts, and a reviewed network's actors say only reviewed things", async () => {
  const query = `query ($drafts: Boolean) { network(seedIds: ["person:yerlan-karin"], hops: 2, maxActors: 500, includeDrafts: $drafts) {
    actors { ... on Person { id statements(first: 100) { nodes { id } } } ... on Organisation { id } }
    ties { events { id } } } }`;
  type Answer = { network: { actors: { id: string; statements?: { nodes: { id: string }[] } }[]; ties: { events: { id: string }[] }[] } };
  const reviewed = await api.query<Answer>(query, { drafts: false });
  const ids = reviewed.network.actors.map((actor) => actor.id);
  expect(ids).toContain('person:yerlan-karin');
  expect(ids).not.toContain(DRAFT_PERSON);
  expect(reviewed.network.ties.flatMap((tie) => tie.events.map((event) => event.id))).not.toContain(DRAFT_EVENT);
  const karin = reviewed.network.actors.find((actor) => actor.id === 'person:yerlan-karin')!;
  expect(karin.statements!.nodes.map((statement) => statement.id)).not.toContain(DRAFT_STATEMENT);

  const withDrafts = await api.query<Answer>(query, { drafts: true });
  expect(withDrafts.network.actors.map((actor) => actor.id)).toContain(DRAFT_PERSON);
  expect(withDrafts.network.ties.flatMap((tie) => tie.events.map((event) => event.id))).toContain(DRAFT_EVENT);
});

test('a path through the draft seminar exists only with includeDrafts', async () => {
  const query = `query ($drafts: Boolean) { path(fromId: "person:zarina-nazarova", toId: "person:yerlan-karin", includeDrafts: $drafts) { kind } }`;
  const reviewed = await api.execute<{ path: unknown }>(query, { drafts: false });
  expect(reviewed.errors?.[0]?.message).toMatch(/no person or organisation has the id "person:zarina-nazarova"/);
  const withDrafts = await api.query<{ path: { kind: string }[] }>(query, { drafts: true });
  expect(withDrafts.path).toEqual([{ kind: 'MET' }]);
});
