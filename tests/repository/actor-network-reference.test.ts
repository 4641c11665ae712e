/**
 * The actor network derives ties only where a query reaches (issue 14's scale fix); the
 * reference (tests/helpers/reference-actor-network.ts, the graphology graph of every pair it
 * replaced) builds them all. Both must answer the same networks, paths, measures and fan-outs,
 * in the same order, on the seeds, on ten copies of them, and on a synthetic corpus of ten
 * times their size whose events gather dozens of actors.
 */
import type { Corpus, TieKind } from '../../src/domain';
import { CorpusRepository } from '../../src/repository';
import { ActorNetwork, type ActorNetworkAnswer, type NetworkTie, type TieFilter } from '../../src/repository/actor-network';
import { ReferenceActorNetwork } from '../helpers/reference-actor-network';
import { copySuffix, scaleCorpus } from '../helpers/api-scaled-corpus';
import { loadSeedCorpus } from '../helpers/seeds';
import { loadSynthCorpus, removeSynthCorpora } from '../synth/synth-corpus';

afterAll(removeSynthCorpora);

const FILTERS: readonly TieFilter[] = [
  {},
  { kinds: ['MET'] },
  { kinds: ['AFFILIATED', 'COMMITTED'] },
  { dates: { from: '2017-01-01', to: '2017-12-31' } },
  { kinds: ['MET', 'COMMITTED'], dates: { from: '2016-06-01' } },
];

/** A tie as plain data: its evidence is a getter. */
const plain = (tie: NetworkTie) => ({ ...tie, evidence: tie.evidence });
const plainNetwork = (answer: ActorNetworkAnswer) => ({ ...answer, ties: answer.ties.map(plain) });

/** Both networks of a corpus as a repository orders it, and actors to start from: the most tied, and others spread over the ids. */
function both(corpus: Corpus) {
  const repository = new CorpusRepository(corpus);
  const actorIds = [...repository.people, ...repository.organisations].map((actor) => actor.id).sort();
  const actors = new Set(actorIds);
  const isActor = (id: string) => actors.has(id);
  const tested = new ActorNetwork(repository.corpus, isActor);
  const reference = new ReferenceActorNetwork(repository.corpus, isActor);
  const events = new Map<string, number>();
  for (const event of repository.events)
    for (const id of [...event.organiserIds, ...event.participations.map((p) => p.actorId)]) events.set(id, (events.get(id) ?? 0) + 1);
  const hub = [...events].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  const spread = Array.from({ length: 5 }, (_, i) => actorIds[Math.floor(((i + 0.5) * actorIds.length) / 5)]!);
  return { tested, reference, hub, spread };
}

const corpora: [string, () => Corpus][] = [
  ['the seeds', loadSeedCorpus],
  ['ten copies of the seeds', () => scaleCorpus(loadSeedCorpus(), 10)],
  ['a synthetic corpus ten times the seeds', () => loadSynthCorpus(2000)],
];

describe.each(corpora)('on %s', (_name, corpus) => {
  const { tested, reference, hub, spread } = both(corpus());

  test('the fan-outs are the same', () => {
    expect(tested.fanOuts).toEqual(reference.fanOuts);
    expect(tested.fanOuts.pairs).toBeGreaterThan(0);
  });

  test('networks are the same, tie for tie and in the same order, for seeds, hops, sizes and filters', () => {
    const seedSets = [[hub], [spread[0]!], [spread[2]!], [spread[0]!, hub, spread[3]!], [...spread, `${hub}${copySuffix(1)}`]];
    let compared = 0;
    for (const seeds of seedSets)
      for (const hops of [0, 1, 2, 3])
        for (const maxActors of [1, 7, 60])
          for (const filter of FILTERS) {
            const answer = tested.network(seeds, hops, maxActors, filter);
            expect(plainNetwork(answer)).toEqual(plainNetwork(reference.network(seeds, hops, maxActors, filter)));
            compared += answer.ties.length;
          }
    // And a large one, where actors of many ties list theirs by rank.
    for (const filter of FILTERS.slice(0, 2)) {
      const answer = tested.network([hub], 2, 300, filter);
      expect(plainNetwork(answer)).toEqual(plainNetwork(reference.network([hub], 2, 300, filter)));
    }
    expect(compared).toBeGreaterThan(1000);
  });

  test('measures of the same network are the same', () => {
    for (const seeds of [[hub], spread]) {
      const answer = tested.network(seeds, 2, 200);
      expect(tested.measures(answer)).toEqual(reference.measures(reference.network(seeds, 2, 200)));
    }
  });

  test('paths are the same chain, for ends, lengths and filters', () => {
    const ends = [hub, ...spread];
    let found = 0;
    for (const from of ends)
      for (const to of ends)
        for (const maxHops of [1, 2, 4, 8])
          for (const filter of FILTERS) {
            const path = tested.path(from, to, maxHops, filter);
            expect(path?.map(plain) ?? null).toEqual(reference.path(from, to, maxHops, filter)?.map(plain) ?? null);
            if (path && path.length > 0) found += 1;
          }
    expect(found).toBeGreaterThan(10);
  });
});

test('a path between every two actors of the seeds is the same chain as the reference finds', () => {
  const { tested, reference } = both(loadSeedCorpus());
  const repository = new CorpusRepository(loadSeedCorpus());
  const ids = [...repository.people, ...repository.organisations].map((actor) => actor.id);
  const kinds: (readonly TieKind[] | undefined)[] = [undefined, ['MET']];
  for (const from of ids)
    for (const to of ids)
      for (const kindsOf of kinds) {
        const filter = kindsOf ? { kinds: kindsOf } : {};
        expect(tested.path(from, to, 8, filter)?.map(plain) ?? null).toEqual(reference.path(from, to, 8, filter)?.map(plain) ?? null);
      }
});

test('an actor without ties after one with many is a seed like any other (the graph walk threw on it)', () => {
  const corpus = loadSeedCorpus();
  const { tested, reference, hub } = both(corpus);
  const repository = new CorpusRepository(corpus);
  const untied = [...repository.people, ...repository.organisations].find((actor) => tested.network([actor.id], 1, 10).actorIds.length === 1)!;
  expect(untied).toBeDefined();
  const answer = tested.network([hub, untied.id], 1, 3);
  expect(answer.actorIds.slice(0, 2)).toEqual([hub, untied.id]);
  expect(answer.distances).toEqual([0, 0, 1]);
  expect(plainNetwork(answer)).toEqual(plainNetwork(reference.network([hub, untied.id], 1, 3)));
});
