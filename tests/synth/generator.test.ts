/**
 * The synthetic corpus generator: deterministic for a seed, exact in size, and shaped like the
 * seeds (hubs, people with several roles, big events, amounts in several currencies), with
 * every quote found by the real loader.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evidence } from '../../src/domain';
import { loadCorpus } from '../../src/loader';
import { CorpusRepository } from '../../src/repository';
import { ENTITY_TYPES, generateCorpus, MANIFEST_FILE, planCounts } from '../../src/synth';
import { entityCount, loadSynthCorpus, removeSynthCorpora, synthCorpus, temporaryDirectory } from './synth-corpus';

afterAll(removeSynthCorpora);

/** Every file of a corpus directory, by name, as bytes. */
function filesOf(directory: string): Map<string, Buffer> {
  const names = readdirSync(directory)
    .filter((name) => name !== MANIFEST_FILE)
    .sort();
  return new Map(names.map((name) => [name, readFileSync(join(directory, name))]));
}

describe('determinism', () => {
  test('the same seed writes the same files, byte for byte', () => {
    const first = filesOf(generateCorpus({ entities: 1000, seed: 'alpha', out: join(temporaryDirectory(), 'a') }).directory);
    const second = filesOf(generateCorpus({ entities: 1000, seed: 'alpha', out: join(temporaryDirectory(), 'b') }).directory);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(second.get(name)!.equals(bytes)).toBe(true);
    expect(first.size).toBe(2 * planCounts(1000).sources);
  });

  test('another seed writes another corpus', () => {
    const alpha = filesOf(generateCorpus({ entities: 1000, seed: 'alpha', out: join(temporaryDirectory(), 'a') }).directory);
    const beta = filesOf(generateCorpus({ entities: 1000, seed: 'beta', out: join(temporaryDirectory(), 'b') }).directory);
    expect([...beta.keys()]).not.toEqual([...alpha.keys()]);
    const text = (files: Map<string, Buffer>) => [...files.values()].map((bytes) => bytes.toString('utf8')).join('\n');
    expect(text(beta)).not.toEqual(text(alpha));
  });

  test('rewrites a directory it wrote, and refuses one it did not', () => {
    const out = join(temporaryDirectory(), 'corpus');
    generateCorpus({ entities: 2000, seed: 'alpha', out });
    generateCorpus({ entities: 1000, seed: 'alpha', out });
    expect(readdirSync(out).filter((name) => name.endsWith('.txt'))).toHaveLength(planCounts(1000).sources);

    const foreign = temporaryDirectory();
    writeFileSync(join(foreign, 'notes.md'), 'mine');
    expect(() => generateCorpus({ entities: 1000, out: foreign })).toThrow(/not empty and was not written by corpus:synth/);
  });

  test('refuses a size outside 1,000 to 10,000,000', () => {
    expect(() => planCounts(999)).toThrow(RangeError);
    expect(() => planCounts(1500.5)).toThrow(RangeError);
  });
});

describe('size', () => {
  test.each([1000, 2000, 12345])('%i entities load as exactly that many', (entities) => {
    const corpus = loadSynthCorpus(entities);
    expect(entityCount(corpus)).toBe(entities);
    const planned = planCounts(entities);
    for (const type of ENTITY_TYPES) expect(corpus[type]).toHaveLength(planned[type]);
  });
});

describe('shape', () => {
  const corpus = loadSynthCorpus(2000);
  const repository = new CorpusRepository(corpus);

  test('hub organisations have many members, events and sub-organisations', () => {
    const [members] = repository.affiliationsByOrganisation(['organisation:kazakhstan']);
    const [events] = repository.eventsByActor(['organisation:kazakhstan']);
    const [subOrganisations] = repository.subOrganisationsByParent(['organisation:osce']);
    expect(members!.length).toBeGreaterThanOrEqual(20);
    expect(events!.length).toBeGreaterThanOrEqual(20);
    expect(subOrganisations!.map((o) => o.name)).toEqual(expect.arrayContaining(['OSCE Programme Office in Astana']));
    expect(repository.findPeople({ organisationId: 'organisation:united-nations' }).length).toBeGreaterThanOrEqual(5);
  });

  test('people have several affiliations and many statements', () => {
    const affiliationCounts = repository.affiliationsByPerson(repository.people.map((p) => p.id)).map((list) => list.length);
    expect(Math.max(...affiliationCounts)).toBeGreaterThanOrEqual(3);
    const statementCounts = repository.statementsBySpeaker(repository.people.map((p) => p.id)).map((list) => list.length);
    expect(Math.max(...statementCounts)).toBeGreaterThanOrEqual(10);
  });

  test('some events have dozens of participants, people and states, and organisers', () => {
    const big = corpus.events.filter((event) => event.participations.length >= 24);
    expect(big.length).toBeGreaterThan(0);
    const kinds = new Set(big[0]!.participations.map((p) => p.actorId.split(':')[0]));
    expect(kinds).toEqual(new Set(['person', 'organisation']));
    expect(corpus.events.every((event) => event.organiserIds.length > 0)).toBe(true);
  });

  test('commitments have amounts in USD, KZT and EUR, some two at once', () => {
    const currencies = new Set(corpus.commitments.flatMap((c) => c.amounts.map((a) => a.currency)));
    expect(currencies).toEqual(new Set(['USD', 'KZT', 'EUR']));
    const twoAmounts = corpus.commitments.find((c) => c.amounts.length === 2)!;
    expect(twoAmounts).toBeDefined();
    for (const amount of twoAmounts.amounts) expect(twoAmounts.evidence[0]!.quote).toContain(amount.text);
  });

  test('people, organisations and places recur across articles, merged by id', () => {
    const sourceCounts = repository.sourcesByEntity(repository.people.map((p) => p.id)).map((list) => list.length);
    expect(sourceCounts.filter((n) => n >= 2).length).toBeGreaterThan(repository.people.length / 10);
    const [kazakhstan] = repository.sourcesByEntity(['organisation:kazakhstan']);
    expect(kazakhstan!.length).toBeGreaterThan(corpus.sources.length / 4);
  });

  test('every evidence slice equals its quote, and every statement is in its article', () => {
    const texts = new Map(corpus.sources.map((s) => [s.id, s.text]));
    const evidence: Evidence[] = [
      ...[...corpus.places, ...corpus.people, ...corpus.organisations].flatMap((n) => n.mentions),
      ...corpus.affiliations.flatMap((a) => a.evidence),
      ...corpus.events.flatMap((e) => [...e.evidence, ...e.participations.flatMap((p) => p.evidence)]),
      ...corpus.statements.flatMap((s) => s.evidence),
      ...corpus.commitments.flatMap((c) => c.evidence),
    ];
    expect(evidence.length).toBeGreaterThan(5000);
    const wrong = evidence.filter((e) => texts.get(e.sourceId)!.slice(e.start, e.end) !== e.quote);
    expect(wrong).toEqual([]);
    expect(corpus.statements.filter((s) => !texts.get(s.sourceId)!.includes(s.text))).toEqual([]);
  });

  test('repeated words are quoted with their occurrence, and the loader finds the one meant', () => {
    const { directory } = synthCorpus(2000);
    const annotations = readdirSync(directory).filter((name) => name.endsWith('.json'));
    const withOccurrence = annotations.filter((name) => readFileSync(join(directory, name), 'utf8').includes('"occurrence":'));
    expect(withOccurrence.length).toBeGreaterThan(annotations.length / 2);
    expect(() => loadCorpus(directory)).not.toThrow();
  });
});
