/**
 * DataLoader batching: a nested query makes one repository call per relation and level,
 * however many parents it has; and no request sees another's loader cache.
 */
import { createContext } from '../../src/graphql/context';
import { CorpusRepository } from '../../src/repository';
import { createApiClient } from '../helpers/api-client';
import { loadSeedCorpus } from '../helpers/seeds';
import { countingRepository } from '../helpers/counting-repository';
import { copySuffix } from '../helpers/api-scaled-corpus';
import { CountedApi, countedQuery, seedAndScaledAround } from '../helpers/counted-api';
import { EXECUTORS } from '../helpers/executors';

const THREE_LEVELS = /* GraphQL */ `
  {
    people(first: 100) {
      totalCount
      nodes {
        id
        statements(first: 100) {
          nodes {
            id
            event {
              id
              organisers {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`;

interface ThreeLevels {
  people: {
    totalCount: number;
    nodes: { id: string; statements: { nodes: { id: string; event: { id: string; organisers: { id: string; name: string }[] } | null }[] } }[];
  };
}

describe.each(EXECUTORS)('a query three levels deep over all people, run by %s', (_name, executor) => {
  const apis = seedAndScaledAround({ executor });

  const run = (side: CountedApi) => countedQuery<ThreeLevels>(side, THREE_LEVELS);

  test('makes one repository call per level: the list, then one batch for each relation', async () => {
    const { data, counts } = await run(apis.seed);
    expect(counts).toEqual({ findPeople: 1, statementsBySpeaker: 1, eventsByIds: 1, organisationsByIds: 1 });
    // The batches served many parents: 22 people, their 38 statements, the events of 26 of them.
    const statements = data.people.nodes.flatMap((person) => person.statements.nodes);
    expect(data.people.nodes).toHaveLength(22);
    expect(statements).toHaveLength(38);
    expect(statements.filter((statement) => statement.event !== null)).toHaveLength(26);
  });

  test('makes the same calls over a corpus ten times the size', async () => {
    const small = await run(apis.seed);
    const large = await run(apis.scaled);
    expect(large.counts).toEqual(small.counts);
    // Not vacuous: ten times the people; the page of 100 holds the ten copies of the first ten
    // names (Alexander Bogatik … Ilya Rogachev), who made 16 statements: 160 in all, against 38.
    expect(small.data.people.totalCount).toBe(22);
    expect(large.data.people.totalCount).toBe(220);
    expect(large.data.people.nodes).toHaveLength(100);
    const statementCount = (data: ThreeLevels) => data.people.nodes.flatMap((person) => person.statements.nodes).length;
    expect(statementCount(small.data)).toBe(38);
    expect(statementCount(large.data)).toBe(160);
  });

  test('the scaled corpus answers each copy like the seeds (its references were all renamed)', async () => {
    const small = await run(apis.seed);
    const large = await run(apis.scaled);
    const copy3 = copySuffix(3);
    const uncopied = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll(copy3, ''));
    const szabo = (data: ThreeLevels, id: string) => data.people.nodes.find((person) => person.id === id);
    expect(uncopied(szabo(large.data, `person:gyorgy-szabo${copy3}`))).toEqual(szabo(small.data, 'person:gyorgy-szabo'));
    expect(szabo(small.data, 'person:gyorgy-szabo')).toEqual({
      id: 'person:gyorgy-szabo',
      statements: {
        nodes: [
          {
            id: 'statement:gyorgy-szabo-osce-promotes-co-operation',
            event: {
              id: 'event:osce-security-cooperation-conference-astana',
              organisers: [
                { id: 'organisation:osce-programme-office-in-astana', name: 'OSCE Programme Office in Astana' },
                { id: 'organisation:friedrich-ebert-foundation', name: 'Friedrich-Ebert-Stiftung' },
                { id: 'organisation:kazakhstan-council-on-international-relations', name: 'Kazakhstan Council on International Relations' },
              ],
            },
          },
        ],
      },
    });
  });
});

describe('loader caches belong to one request', () => {
  test('each context gets its own loaders', () => {
    const repository = new CorpusRepository(loadSeedCorpus());
    const first = createContext(repository);
    const second = createContext(repository);
    const names = Object.keys(first.loaders) as (keyof typeof first.loaders)[];
    expect(names).toContain('person');
    expect(names.filter((name) => first.loaders[name] === second.loaders[name])).toEqual([]);
  });

  test('a value loaded in one context is not in the cache of another', async () => {
    const counting = countingRepository(new CorpusRepository(loadSeedCorpus()));
    const first = createContext(counting.repository);
    const second = createContext(counting.repository);

    expect((await first.loaders.person.load('person:gyorgy-szabo'))?.name).toBe('György Szabó');
    expect(counting.calls()).toEqual({ peopleByIds: 1 });
    await first.loaders.person.load('person:gyorgy-szabo'); // cached in the first context
    expect(counting.calls()).toEqual({ peopleByIds: 1 });
    expect((await second.loaders.person.load('person:gyorgy-szabo'))?.name).toBe('György Szabó');
    expect(counting.calls()).toEqual({ peopleByIds: 2 });
  });

  test('two requests of the same query each make their own calls', async () => {
    const counting = countingRepository(new CorpusRepository(loadSeedCorpus()));
    const api = await createApiClient(counting.repository);
    try {
      const query = '{ person(id: "person:yerlan-karin") { statements { nodes { event { name } } } } }';
      await api.query(query);
      const once = counting.calls();
      await api.query(query);
      expect(once).toEqual({ peopleByIds: 1, statementsBySpeaker: 1, eventsByIds: 1 });
      expect(counting.calls()).toEqual({ peopleByIds: 2, statementsBySpeaker: 2, eventsByIds: 2 });
    } finally {
      await api.stop();
    }
  });
});
