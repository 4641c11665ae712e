import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { createContext } from '../../src/graphql/context';
import { buildSubgraphSchemaFromCode } from '../../src/graphql/federation/subgraph-schema';
import { compiledExecutorAdapter } from '../../src/server/execution/compiled-executor-adapter';
import { countingRepository } from '../helpers/counting-repository';
import { EXECUTORS } from '../helpers/executors';
import { loadSeedRepository } from '../helpers/seeds';

const ENTITIES_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Person { id name }
    ... on Organisation { id name }
    ... on Event { id name }
    ... on Statement { id statementKind: kind }
    ... on Commitment { id commitmentKind: kind }
    ... on Source { id title }
    ... on Place { id name }
  }
}`;

describe.each(EXECUTORS)("the subgraph's _entities, run by %s", (_name, executorFor) => {
  const counting = countingRepository(loadSeedRepository());
  const repository = loadSeedRepository();
  let apollo: ApolloServer;

  beforeAll(async () => {
    const schema = await buildSubgraphSchemaFromCode();
    const executor = executorFor(schema);
    apollo = new ApolloServer({
      ...(executor ? { gateway: compiledExecutorAdapter(schema, executor) } : { schema }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    await apollo.start();
  });
  afterAll(() => apollo.stop());

  async function resolveEntities(representations: { __typename: string; id?: unknown }[]) {
    const response = await apollo.executeOperation(
      { query: ENTITIES_QUERY, variables: { representations } },
      { contextValue: createContext(counting.repository) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: { _entities: ({ __typename: string; id: string } | null)[] }; errors?: unknown };
  }

  test('resolves 100 representations of mixed types with one repository batch call per type', async () => {
    const pools: [string, readonly { id: string }[]][] = [
      ['Person', repository.people],
      ['Organisation', repository.organisations],
      ['Event', repository.events],
      ['Statement', repository.statements],
      ['Commitment', repository.commitments],
      ['Source', repository.sources],
      ['Place', repository.places],
    ];
    const representations = Array.from({ length: 100 }, (_, i) => {
      const [__typename, pool] = pools[i % pools.length]!;
      return { __typename, id: pool[i % pool.length]!.id };
    });

    counting.reset();
    const result = await resolveEntities(representations);

    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((entity) => entity && `${entity.__typename} ${entity.id}`)).toEqual(
      representations.map((r) => `${r.__typename} ${r.id}`),
    );
    expect(counting.calls()).toEqual({
      peopleByIds: 1,
      organisationsByIds: 1,
      eventsByIds: 1,
      statementsByIds: 1,
      commitmentsByIds: 1,
      sourcesByIds: 1,
      placesByIds: 1,
    });
  });

  test('answers null for an id it does not know, and the others still resolve', async () => {
    const result = await resolveEntities([
      { __typename: 'Person', id: 'person:nobody-of-that-name' },
      { __typename: 'Person', id: 'person:yerlan-karin' },
    ]);
    expect(result.data!._entities).toEqual([null, { __typename: 'Person', id: 'person:yerlan-karin', name: 'Yerlan Karin' }]);
  });

  test("a representation without a string id is the client's mistake, named, and the others still resolve", async () => {
    const result = await resolveEntities([
      { __typename: 'Person' },
      { __typename: 'Organisation', id: 42 },
      { __typename: 'Person', id: 'person:yerlan-karin' },
    ]);
    const errors = result.errors as { message: string; path: unknown[]; extensions: { code: string } }[];
    expect(errors.map((error) => [error.extensions.code, error.path, error.message])).toEqual([
      [
        'BAD_USER_INPUT',
        ['_entities', 0],
        'Each Person representation needs its key "id" as a string (got no id); send { "__typename": "Person", "id": "…" }.',
      ],
      [
        'BAD_USER_INPUT',
        ['_entities', 1],
        'Each Organisation representation needs its key "id" as a string (got number); send { "__typename": "Organisation", "id": "…" }.',
      ],
    ]);
    expect(result.data!._entities[2]).toEqual({ __typename: 'Person', id: 'person:yerlan-karin', name: 'Yerlan Karin' });
  });
});
