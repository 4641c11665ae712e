/**
 * The actor network is indexed and its fan-outs counted on first need, or in slices in the
 * background (warmActorNetwork, which a server starts once it listens): either way networks,
 * paths and fan-outs answer the same, also when a request comes before the background is done.
 */
import { CorpusRepository } from '../../src/repository';
import { ActorNetwork } from '../../src/repository/actor-network';
import { loadSynthCorpus, removeSynthCorpora } from '../synth/synth-corpus';

afterAll(removeSynthCorpora);

const hubOf = (repository: CorpusRepository) =>
  repository.organisations.reduce((best, organisation) =>
    repository.affiliationsByOrganisation([organisation.id])[0]!.length > repository.affiliationsByOrganisation([best.id])[0]!.length ? organisation : best,
  ).id;

test('a warmed network answers as one built on first need', async () => {
  const corpus = loadSynthCorpus(2000);
  const onFirstUse = new CorpusRepository(corpus);
  const warmed = new CorpusRepository(corpus);
  await warmed.warmActorNetwork();
  expect(warmed.fanOuts.network).toEqual(onFirstUse.fanOuts.network);
  const hub = hubOf(warmed);
  const plain = (repository: CorpusRepository) => repository.network([hub], 2, 100).ties.map((tie) => ({ ...tie, evidence: tie.evidence }));
  expect(plain(warmed)).toEqual(plain(onFirstUse));
  expect(plain(warmed).length).toBeGreaterThan(0);
});

test('warming gives the event loop a turn between slices (one slice per turn when a slice may take no time)', async () => {
  const repository = new CorpusRepository(loadSynthCorpus(2000));
  const actors = new Set([...repository.people, ...repository.organisations].map((actor) => actor.id));
  const network = new ActorNetwork(repository.corpus, (id) => actors.has(id));
  let turns = 0;
  let warming = true;
  const count = () => {
    turns += 1;
    if (warming) setImmediate(count);
  };
  setImmediate(count);
  await network.warm(0);
  warming = false;
  // At least one turn per SLICE events and commitments.
  expect(turns).toBeGreaterThan((repository.events.length + repository.commitments.length) / 64);
  expect({ actors: actors.size, ...network.fanOuts }).toEqual(repository.fanOuts.network);
});

test('a network and the fan-outs asked while the network warms finish it and answer in full', async () => {
  const corpus = loadSynthCorpus(2000);
  const reference = new CorpusRepository(corpus);
  const warming = new CorpusRepository(corpus);
  const done = warming.warmActorNetwork();
  const hub = hubOf(warming);
  expect(warming.network([hub], 1, 50).actorIds).toEqual(reference.network([hub], 1, 50).actorIds);
  expect(warming.fanOuts.network).toEqual(reference.fanOuts.network);
  await done;
  const person = warming.people[0]!.id;
  expect(warming.path(person, hub, 4)).toEqual(reference.path(person, hub, 4));
});
