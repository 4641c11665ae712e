/**
 * What must not regress as the corpus grows: a lookup by key examines O(result) entities,
 * never O(corpus). Counted with the repository's work meter, on corpora of 2,000 and 20,000
 * entities; no times are asserted.
 */
import type { Corpus, Event } from '../../src/domain';
import { dayRangeOf } from '../../src/domain';
import { CorpusRepository, WorkMeter } from '../../src/repository';
import { Random } from '../../src/synth/random';
import { loadSynthCorpus, removeSynthCorpora } from '../synth/synth-corpus';

afterAll(removeSynthCorpora);

class CountingMeter implements WorkMeter {
  count = 0;
  examined(entities: number): void {
    this.count += entities;
  }
}

interface Metered {
  readonly size: number;
  readonly corpus: Corpus;
  readonly repository: CorpusRepository;
  /** What `call` answers, and how many entities the repository examined to answer it. */
  measure<T>(call: (repository: CorpusRepository) => T): { result: T; examined: number };
}

function metered(size: number): Metered {
  const corpus = loadSynthCorpus(size);
  const meter = new CountingMeter();
  const repository = new CorpusRepository(corpus, { meter });
  return {
    size,
    corpus,
    repository,
    measure(call) {
      meter.count = 0;
      const result = call(repository);
      return { result, examined: meter.count };
    },
  };
}

const sizes = [metered(2000), metered(20_000)];
const [small, large] = sizes as [Metered, Metered];

/** Keys drawn at random (the same draws for each corpus), with a few unknown ones among them. */
function randomKeys(ids: readonly string[], count: number): string[] {
  const random = new Random(7);
  const keys = Array.from({ length: count }, () => ids[random.int(ids.length)]!);
  return [...keys, 'person:nobody-of-that-name', 'organisation:nothing-of-that-name'];
}

const actorsOf = ({ repository }: Metered) => [...repository.people, ...repository.organisations].map((actor) => actor.id);
const sum = (lists: readonly (readonly unknown[])[]) => lists.reduce((total, list) => total + list.length, 0);
/** The first day an event's start can mean, as a date range's end. */
const dayOf = (event: Event) => dayRangeOf(event.startDate!)![0];

describe.each(sizes)('at $size entities', (corpus) => {
  test('a lookup by id examines one entity per key', () => {
    const keys = randomKeys(
      corpus.corpus.statements.map((s) => s.id),
      200,
    );
    expect(corpus.measure((r) => r.entitiesByIds(keys)).examined).toBe(keys.length);
    expect(corpus.measure((r) => r.statementsByIds(keys)).examined).toBe(keys.length);
    expect(corpus.measure((r) => r.actorsByIds(keys)).examined).toBe(keys.length);
  });

  test.each([
    'affiliationsByPerson',
    'affiliationsByOrganisation',
    'eventsByActor',
    'statementsBySpeaker',
    'commitmentsByActor',
    'commitmentsByBeneficiary',
    'sourcesByEntity',
  ] as const)('%s examines only the entities it answers', (relation) => {
    const keys = randomKeys(actorsOf(corpus), 200);
    const { result, examined } = corpus.measure((r) => r[relation](keys));
    expect(sum(result)).toBeGreaterThan(0);
    expect(examined).toBe(sum(result));
  });

  test('a filter by speaker, actor, organiser or participant examines that index entry only', () => {
    const hub = 'organisation:kazakhstan';
    const [person] = corpus.repository.people;
    const statements = corpus.repository.statementsBySpeaker([person!.id])[0]!;
    expect(corpus.measure((r) => r.findStatements({ speakerId: person!.id, text: 'border' })).examined).toBe(statements.length);
    const commitments = corpus.repository.commitmentsByActor([hub])[0]!;
    expect(corpus.measure((r) => r.findCommitments({ actorId: hub, kind: 'FUNDING' })).examined).toBe(commitments.length);
    const organised = corpus.repository.eventsByOrganiser(['organisation:osce-programme-office-in-astana'])[0]!;
    expect(corpus.measure((r) => r.findEvents({ organiserId: 'organisation:osce-programme-office-in-astana' })).examined).toBe(0);
    const participated = corpus.measure((r) => r.findEvents({ participantId: hub }));
    expect(participated.result).toEqual(corpus.repository.eventsByActor([hub])[0]!.filter((e) => e.participations.some((p) => p.actorId === hub)));
    expect(participated.examined).toBe(0);
    expect(corpus.measure((r) => r.findEvents({ organiserId: 'organisation:osce-programme-office-in-astana', name: 'border' })).examined).toBe(
      organised.length,
    );
  });

  test('a date range examines the events it answers, not every event', () => {
    const events = corpus.repository.events;
    const dated = events.filter((e) => e.startDate?.year !== undefined);
    // A range of about a tenth of the dated events, its ends in the middle of the corpus's dates.
    const [from, to] = [dated[Math.floor(dated.length * 0.45)]!, dated[Math.floor(dated.length * 0.55)]!].map((e) => dayOf(e));
    const { result, examined } = corpus.measure((r) => r.findEvents({ dates: { from, to } }));
    expect(result.length).toBeGreaterThan(dated.length / 20);
    expect(result.length).toBeLessThan(dated.length / 2);
    expect(examined).toBe(result.length);
    // Combined with a name, the name is matched against the range's events only.
    expect(corpus.measure((r) => r.findEvents({ dates: { from, to }, name: 'conference' })).examined).toBe(2 * result.length);
    // Open at one end: still what it answers.
    const later = corpus.measure((r) => r.findEvents({ dates: { from: to } }));
    expect(later.examined).toBe(later.result.length);
  });

  test('people of an organisation tree examine the tree, not every person', () => {
    const { result, examined } = corpus.measure((r) => r.findPeople({ organisationId: 'organisation:osce' }));
    expect(result.length).toBeGreaterThan(0);
    expect(examined).toBeLessThan(corpus.repository.people.length / 2);
  });

  test('people of an organisation tree are precomputed: the list is looked up, only a name filter scans it', () => {
    const hub = 'organisation:kazakhstan';
    const { result, examined } = corpus.measure((r) => r.findPeople({ organisationId: hub }));
    expect(result.length).toBeGreaterThan(10);
    expect(examined).toBe(0);
    expect(corpus.measure((r) => r.findPeople({ organisationId: hub, name: 'a' })).examined).toBe(result.length);
    const keys = randomKeys(
      corpus.repository.organisations.map((o) => o.id),
      200,
    );
    const batch = corpus.measure((r) => r.peopleUnderOrganisation(keys));
    expect(batch.examined).toBe(sum(batch.result));
  });

  test('a scan of a whole list is seen by the meter (the counts above are not vacuous)', () => {
    expect(corpus.measure((r) => r.findStatements({ text: 'border' })).examined).toBe(corpus.repository.statements.length);
  });
});

describe('from 2,000 to 20,000 entities', () => {
  test('the corpus is ten times larger', () => {
    expect(large.repository.statements.length).toBe(10 * small.repository.statements.length);
  });

  test('lookups examine what they answer, whatever the size: per key, the same order of work', () => {
    const perKey = ({ repository, measure }: Metered) => {
      const keys = randomKeys(actorsOf({ repository } as Metered), 500);
      return measure((r) => r.statementsBySpeaker(keys)).examined / keys.length;
    };
    // Statements per speaker stay about the same as the corpus grows (ten times the people,
    // ten times the statements): the work per key must too. A scan would be ten times more.
    expect(perKey(large)).toBeLessThan(3 * perKey(small) + 1);
  });
});
