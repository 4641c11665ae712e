/**
 * A network or path request makes a fixed number of repository calls, whatever its size: the
 * walk is one call, and the actors, events and commitments of its ties are loaded in batches.
 * Ten seeds on a corpus ten times the seeds' make the same calls as one seed on the seeds.
 */
import { copySuffix } from '../helpers/api-scaled-corpus';
import { countedQuery as run, seedAndScaledAround } from '../helpers/counted-api';

const ACTOR = '... on Person { id name } ... on Organisation { id name }';
const NETWORK = /* GraphQL */ `
  query ($seeds: [ID!]!) {
    network(seedIds: $seeds, hops: 2, maxActors: 500) {
      truncated
      actors { ${ACTOR} }
      ties { kind weight from { ${ACTOR} } to { ${ACTOR} } events { id name } commitments { id description } evidence { quote source { id } } }
      measures { actor { ${ACTOR} } degree community }
    }
  }
`;
const PATH = /* GraphQL */ `
  query ($from: ID!, $to: ID!) { path(fromId: $from, toId: $to) { kind from { ${ACTOR} } to { ${ACTOR} } events { id } commitments { id } evidence { quote source { id } } } }
`;

interface Answer {
  network: { actors: unknown[]; ties: { events: unknown[]; commitments: unknown[] }[] };
}

const apis = seedAndScaledAround();

test('a network: one walk, one check of the seeds, and a batch per kind of thing its ties hold', async () => {
  const small = await run<Answer>(apis.seed, NETWORK, { seeds: ['organisation:kazakhstan'] });
  expect(small.counts).toEqual({ actorsByIds: 2, network: 1, networkMeasures: 1, eventsByIds: 1, commitmentsByIds: 1, sourcesByIds: 1 });
  const seeds = Array.from({ length: 10 }, (_, copy) => `organisation:kazakhstan${copySuffix(copy)}`);
  const large = await run<Answer>(apis.scaled, NETWORK, { seeds });
  expect(large.counts).toEqual(small.counts);
  // Not vacuous: ten times the actors and ties, with their events and commitments.
  expect(large.data.network.actors).toHaveLength(10 * small.data.network.actors.length);
  expect(large.data.network.ties).toHaveLength(10 * small.data.network.ties.length);
  expect(small.data.network.ties.some((tie) => tie.events.length > 0)).toBe(true);
  expect(small.data.network.ties.some((tie) => tie.commitments.length > 0)).toBe(true);
});

test('a path: one search, one check of its ends, and a batch per kind of thing its ties hold', async () => {
  const ends = { from: 'person:gyorgy-szabo', to: 'person:alexey-rogov' };
  const small = await run(apis.seed, PATH, ends);
  const large = await run(apis.scaled, PATH, { from: `${ends.from}${copySuffix(9)}`, to: `${ends.to}${copySuffix(9)}` });
  expect(large.counts).toEqual(small.counts);
  expect(small.counts).toEqual(expect.objectContaining({ path: 1, eventsByIds: 1 }));
});

test('a filtered network and path make the same calls as unfiltered ones, at either size (the walk is still one call)', async () => {
  const FILTERED = NETWORK.replace('maxActors: 500)', 'maxActors: 500, filter: { kinds: [MET, COMMITTED], from: "2000" })');
  expect(FILTERED).not.toEqual(NETWORK);
  const small = await run<Answer>(apis.seed, FILTERED, { seeds: ['organisation:kazakhstan'] });
  expect(small.counts).toEqual({ actorsByIds: 2, network: 1, networkMeasures: 1, eventsByIds: 1, commitmentsByIds: 1, sourcesByIds: 1 });
  const seeds = Array.from({ length: 10 }, (_, copy) => `organisation:kazakhstan${copySuffix(copy)}`);
  const large = await run<Answer>(apis.scaled, FILTERED, { seeds });
  expect(large.counts).toEqual(small.counts);
  expect(large.data.network.ties).toHaveLength(10 * small.data.network.ties.length);
  expect(small.data.network.ties.length).toBeGreaterThan(0);

  const FILTERED_PATH = PATH.replace('path(fromId: $from, toId: $to)', 'path(fromId: $from, toId: $to, filter: { kinds: [MET] })');
  expect(FILTERED_PATH).not.toEqual(PATH);
  const ends = { from: 'person:gyorgy-szabo', to: 'person:alexey-rogov' };
  const smallPath = await run<{ path: unknown[] | null }>(apis.seed, FILTERED_PATH, ends);
  const largePath = await run<{ path: unknown[] | null }>(apis.scaled, FILTERED_PATH, {
    from: `${ends.from}${copySuffix(9)}`,
    to: `${ends.to}${copySuffix(9)}`,
  });
  expect(largePath.counts).toEqual(smallPath.counts);
  expect(smallPath.data.path).not.toBeNull();
  expect(smallPath.counts).toEqual(expect.objectContaining({ path: 1, eventsByIds: 1 }));
});
