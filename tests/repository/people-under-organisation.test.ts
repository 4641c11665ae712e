/**
 * The people under an organisation, precomputed for every organisation, are what a walk of
 * its tree finds: the people with a role in it or in any organisation under it, once each,
 * in name order.
 */
import type { Corpus, Person } from '../../src/domain';
import { CorpusRepository } from '../../src/repository';
import { loadSeedCorpus } from '../helpers/seeds';
import { loadSynthCorpus, removeSynthCorpora } from '../synth/synth-corpus';

afterAll(removeSynthCorpora);

/** The definition, walked per organisation as the repository once did per request (each organisation once). */
function walkedPeopleUnder(repository: CorpusRepository, organisationId: string): string[] {
  const found = new Set<string>();
  const visited = new Set<string>();
  const visit = (id: string) => {
    if (visited.has(id)) return;
    visited.add(id);
    for (const affiliation of repository.affiliationsByOrganisation([id])[0]!) found.add(affiliation.personId);
    for (const child of repository.subOrganisationsByParent([id])[0]!) visit(child.id);
  };
  visit(organisationId);
  return repository.people.filter((person) => found.has(person.id)).map((person) => person.id);
}

const ids = (people: readonly Person[]) => people.map((person) => person.id);

test.each([
  ['the seeds', loadSeedCorpus],
  ['a synthetic corpus of 2,000 entities', () => loadSynthCorpus(2000)],
])('over %s, every organisation: the people of its whole tree, once each, in name order', (_name, load: () => Corpus) => {
  const repository = new CorpusRepository(load());
  const organisations = repository.organisations.map((o) => o.id);
  const lists = repository.peopleUnderOrganisation(organisations);
  let nested = 0;
  organisations.forEach((id, i) => {
    expect(ids(lists[i]!)).toEqual(walkedPeopleUnder(repository, id));
    expect(repository.findPeople({ organisationId: id })).toBe(lists[i]);
    if (repository.subOrganisationsByParent([id])[0]!.length > 0 && lists[i]!.length > 0) nested++;
  });
  expect(nested).toBeGreaterThan(0); // trees with people below the top were checked
  expect(repository.peopleUnderOrganisation(['organisation:nothing-of-that-name', 'person:gyorgy-szabo'])).toEqual([[], []]);
});

test('a corpus whose parent links form a cycle (the loader refuses one) still builds: each is under the other', () => {
  const corpus = loadSeedCorpus();
  const [a, b] = corpus.organisations.filter((o) => corpus.affiliations.some((f) => f.organisationId === o.id));
  const cyclic: Corpus = {
    ...corpus,
    organisations: corpus.organisations.map((o) => (o.id === a!.id ? { ...o, parentId: b!.id } : o.id === b!.id ? { ...o, parentId: a!.id } : o)),
  };
  const repository = new CorpusRepository(cyclic);
  const [underA, underB] = repository.peopleUnderOrganisation([a!.id, b!.id]).map(ids);
  expect(underA).toEqual(walkedPeopleUnder(repository, a!.id));
  expect(underB).toEqual(underA);
  for (const { organisationId, personId } of cyclic.affiliations) if (organisationId === a!.id || organisationId === b!.id) expect(underA).toContain(personId);
});
