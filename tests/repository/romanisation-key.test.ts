/** The romanisation key: the rules' table, the spellings it brings together, and the names it must keep apart. */
import { romanisationKey } from '../../src/repository';
import { ROMANISATION_RULES } from '../../src/repository/romanisation-key';
import { loadSeedRepository } from '../helpers/seeds';

const repository = loadSeedRepository();

describe('spellings of one name have one key', () => {
  test.each(ROMANISATION_RULES.map((rule) => [rule.from.join('/'), ...rule.example]))('each rule of the table: %s (%s, %s)', (_, a, b) => {
    expect(romanisationKey(a)).toBe(romanisationKey(b));
  });

  test.each([
    ['Abykayev', 'Abykaev', 'Abikaev', 'Abikayev'],
    ['Nazarbayev', 'Nazarbaev', 'Nazarbaiev'],
    ['Saudabayev', 'Saudabaev'],
    ['Tokayev', 'Tokaev', 'Toqaev'],
    ['Dzhumabaev', 'Jumabayev', 'Djumabaev'],
    ['Khodzhayev', 'Hojaev', 'Khojaev'],
    ['Yuldashev', 'Iuldashev'],
    ['Yerzhan Ashikbayev', 'Erzhan Ashykbaev', 'Yerjan Ashikbaev'],
    ['Yevgeniy Kryuchkov', 'Evgeny Kriuchkov', 'Yevgeni Kryuchkov'],
    ['Kyrgyzstan', 'Kirgizstan', 'Kyrgizstan'],
    ['Issyk-Kul', 'Issyk Kul', 'Isyk-Kul', 'Issykkul'],
    ['Kassym-Jomart', 'Kasym-Zhomart', 'Kassymzhomart'],
    ['Shymkent', 'Şymkent', 'ŞYMKENT'],
    ['Chizhov', 'Tchijov', 'Čižov'],
    ['Aleksey', 'Alexey', 'Alexei'],
    ['Afanasyev', 'Afanasiev', 'Afanasev'],
    ['Aliyev', 'Aliev'],
  ])('%s', (...spellings) => {
    expect(new Set(spellings.map(romanisationKey))).toEqual(new Set([romanisationKey(spellings[0]!)]));
  });

  test('case, accents and separators do not count', () => {
    expect(romanisationKey('GYÖRGY SZABÓ')).toBe(romanisationKey('gyorgy szabo'));
    expect(romanisationKey('Nur-Sultan')).toBe(romanisationKey('Nursultan'));
  });
});

describe('different names keep different keys', () => {
  test.each([
    ['Tokayev', 'Tokarev'],
    ['Sadykov', 'Saidov'],
    ['Marat', 'Murat'],
    ['Kazakhstan', 'Kyrgyzstan'],
    ['Tajikistan', 'Tashkent'],
    ['Rogov', 'Rogachev'],
    ['Ilya', 'Ilyas'],
    ['Karin', 'Karina'],
  ])('%s and %s', (a, b) => {
    expect(romanisationKey(a)).not.toBe(romanisationKey(b));
  });

  test('no two seed people, organisations or places share a key, save names and aliases of one entity', () => {
    const entitiesByKey = new Map<string, Set<string>>();
    for (const entity of [...repository.people, ...repository.organisations, ...repository.places]) {
      for (const name of [entity.name, ...entity.aliases]) {
        const key = romanisationKey(name);
        entitiesByKey.set(key, (entitiesByKey.get(key) ?? new Set()).add(entity.id));
      }
    }
    const shared = [...entitiesByKey].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
    expect(entitiesByKey.size).toBeGreaterThan(repository.people.length + repository.organisations.length);
  });

  test("every seed person's full name, spelled by the key, finds that person alone", () => {
    for (const person of repository.people) {
      expect({ name: person.name, found: repository.findPeople({ name: romanisationKey(person.name) }).map((p) => p.id) }).toEqual({
        name: person.name,
        found: [person.id],
      });
    }
  });
});

test('a name the corpus spells one way is found by its other romanisations', () => {
  const abykayev = 'person:nurtai-abykayev';
  expect(repository.people.find((p) => p.id === abykayev)?.name).toBe('Nurtai Abykayev');
  for (const spelling of ['Abykaev', 'abikaev', 'Nurtay Abykaev']) {
    expect({ spelling, found: repository.findPeople({ name: spelling }).map((p) => p.id) }).toEqual({ spelling, found: [abykayev] });
  }
});

test('a query without letters or digits has an empty key, which matches no name by itself', () => {
  expect(romanisationKey(' - ')).toBe('');
  expect(repository.findPeople({ name: ' - ' })).toEqual([]);
  expect(repository.findPlaces({ name: '-' })).toEqual([]);
});
