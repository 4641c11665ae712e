/**
 * Bounded lists: every plain list field that grows with the corpus takes an optional
 * `first` (default 100, at most 500), answers its first `first` items, and refuses a
 * `first` out of range with BAD_USER_INPUT and a message saying what to send instead.
 */
import { getNamedType, getNullableType, GraphQLSchema, isLeafType, isListType, isObjectType } from 'graphql';
import { buildClientSchema } from '../../src/graphql/schema';
import { DEFAULT_LIST_SIZE, MAX_LIST_SIZE } from '../../src/graphql/pagination/list-args';
import { codesOf, type LimitsServer, startLimitsServer } from './helpers/limits-server';

let schema: GraphQLSchema;
let api: LimitsServer;

beforeAll(async () => {
  schema = await buildClientSchema();
  // The cost limit is not under test here: lists of 500 are asked for on purpose.
  api = await startLimitsServer({ MAX_COST: '100000000' });
});

afterAll(async () => {
  await api?.stop();
});

/** Each bounded list field, and how to reach the objects that have it: [coordinate, a query selecting `{ nodes }` with `FIELD` in it]. */
const BOUNDED: [string, string][] = [
  ['Source.people', '{ sources(first: 100) { nodes { FIELD } } }'],
  ['Source.organisations', '{ sources(first: 100) { nodes { FIELD } } }'],
  ['Source.places', '{ sources(first: 100) { nodes { FIELD } } }'],
  ['Source.events', '{ sources(first: 100) { nodes { FIELD } } }'],
  ['Source.statements', '{ sources(first: 100) { nodes { FIELD } } }'],
  ['Source.commitments', '{ sources(first: 100) { nodes { FIELD } } }'],
  ['Person.affiliations', '{ people(first: 100) { nodes { FIELD } } }'],
  ['Person.sources', '{ people(first: 100) { nodes { FIELD } } }'],
  ['Person.mentions', '{ people(first: 100) { nodes { FIELD } } }'],
  ['Organisation.subOrganisations', '{ organisations(first: 100) { nodes { FIELD } } }'],
  ['Organisation.members', '{ organisations(first: 100) { nodes { FIELD } } }'],
  ['Organisation.sources', '{ organisations(first: 100) { nodes { FIELD } } }'],
  ['Organisation.mentions', '{ organisations(first: 100) { nodes { FIELD } } }'],
  ['Organisation.places', '{ organisations(first: 100) { nodes { FIELD } } }'],
  ['Event.organisers', '{ events(first: 100) { nodes { FIELD } } }'],
  ['Event.participants', '{ events(first: 100) { nodes { FIELD } } }'],
  ['Event.sources', '{ events(first: 100) { nodes { FIELD } } }'],
  ['Event.evidence', '{ events(first: 100) { nodes { FIELD } } }'],
  ['Place.sources', '{ places(first: 100) { nodes { FIELD } } }'],
  ['Place.mentions', '{ places(first: 100) { nodes { FIELD } } }'],
  ['Commitment.actors', '{ commitments(first: 100) { nodes { FIELD } } }'],
  ['Commitment.beneficiaries', '{ commitments(first: 100) { nodes { FIELD } } }'],
  ['Commitment.evidence', '{ commitments(first: 100) { nodes { FIELD } } }'],
  ['Statement.evidence', '{ statements(first: 100) { nodes { FIELD } } }'],
  ['Affiliation.evidence', '{ organisations(first: 100) { nodes { members { FIELD } } } }'],
  ['Participation.evidence', '{ events(first: 100) { nodes { participants { FIELD } } } }'],
];

/**
 * A network's lists, which the contract writes without `first`: its actors are bounded by
 * `maxActors` (at most 500), its ties by its actors, and a tie's events, commitments and
 * spans by what supports one tie (the cost model counts each: see list-sizes.ts).
 */
const BOUNDED_BY_THE_NETWORK = ['Network.actors', 'Network.ties', 'Network.measures', 'Tie.events', 'Tie.commitments', 'Tie.evidence'];

/**
 * Lists left unbounded, each small by nature: the names of one entity, the sums of one
 * commitment, the byline of one article; connections' `edges`/`nodes` are one page. And
 * `CorpusInfo.rejected`, as the contract writes it: strings, the problems of the files on disk.
 */
const UNBOUNDED = new Set([
  'Person.aliases',
  'Organisation.aliases',
  'Place.aliases',
  'Commitment.amounts',
  'Source.authors',
  'CorpusInfo.rejected',
  ...BOUNDED_BY_THE_NETWORK,
]);

/**
 * Analysis lists bounded otherwise (tests/analysis checks each bound): a facet by its `facets(top)`
 * (at most 100), a timeline's periods by MAX_TIMELINE_PERIODS, a period's items by a page's `first`.
 */
const BOUNDED_OTHERWISE = new Set([
  ...['kind', 'year', 'organiser', 'participant'].map((facet) => `EventFacets.${facet}`),
  ...['kind', 'speaker', 'event', 'source'].map((facet) => `StatementFacets.${facet}`),
  ...['kind', 'actor', 'beneficiary', 'currency'].map((facet) => `CommitmentFacets.${facet}`),
  'Timeline.buckets',
  'Timeline.coarser',
  'TimelineBucket.items',
]);

function fieldOf(coordinate: string) {
  const [typeName, fieldName] = coordinate.split('.') as [string, string];
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return type.getFields()[fieldName]!;
}

describe('the schema', () => {
  test('every list field of an entity is bounded, or small by nature and listed as such here', () => {
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection') || type === schema.getQueryType()) continue;
      for (const field of Object.values(type.getFields())) {
        if (isListType(getNullableType(field.type))) lists.push(`${type.name}.${field.name}`);
      }
    }
    expect(lists.filter((coordinate) => !UNBOUNDED.has(coordinate) && !BOUNDED_OTHERWISE.has(coordinate)).sort()).toEqual(
      BOUNDED.map(([coordinate]) => coordinate).sort(),
    );
  });

  test.each(BOUNDED)('%s takes first: Int = 100 and says it answers "the first 100"', (coordinate) => {
    const field = fieldOf(coordinate);
    const first = field.args.find((arg) => arg.name === 'first');
    expect(first?.type.toString()).toBe('Int');
    expect(first?.defaultValue).toBe(DEFAULT_LIST_SIZE);
    expect(field.description).toContain(`the first ${DEFAULT_LIST_SIZE}, or the first \`first\` (at most ${MAX_LIST_SIZE})`);
  });
});

describe('answers', () => {
  /** The selection of a list field: `__typename` for unions, else its first scalar or enum field. */
  function selectionOf(coordinate: string): string {
    const itemType = getNamedType(fieldOf(coordinate).type);
    if (!isObjectType(itemType)) return '{ __typename }';
    const leaf = Object.values(itemType.getFields()).find((f) => isLeafType(getNamedType(f.type)));
    return `{ ${leaf!.name} }`;
  }

  /** Every list the query answered under the alias `name`, at any depth. */
  function listsNamed(value: unknown, name: string): unknown[][] {
    if (Array.isArray(value)) return value.flatMap((item) => listsNamed(item, name));
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, child]) => (key === name && Array.isArray(child) ? [child] : listsNamed(child, name)));
  }

  test.each(BOUNDED)('%s: the default cuts nothing today, and first: n answers the first n', async (coordinate, reach) => {
    const field = coordinate.split('.')[1]!;
    const selection = selectionOf(coordinate);
    const query = reach.replace(
      'FIELD',
      `all: ${field}(first: ${MAX_LIST_SIZE}) ${selection} byDefault: ${field} ${selection} two: ${field}(first: 2) ${selection} none: ${field}(first: 0) ${selection}`,
    );
    const answer = await api.post(query);
    expect(answer.body.errors).toBeUndefined();
    const [all, byDefault, two, none] = ['all', 'byDefault', 'two', 'none'].map((name) => listsNamed(answer.body.data, name));
    expect(all!.length).toBeGreaterThan(0);
    expect(Math.max(...all!.map((list) => list.length))).toBeLessThanOrEqual(DEFAULT_LIST_SIZE);
    expect(byDefault).toEqual(all);
    expect(two).toEqual(all!.map((list) => list.slice(0, 2)));
    expect(none!.every((list) => list.length === 0)).toBe(true);
    // The check is not vacuous where the corpus has a list longer than 2.
    if (all!.some((list) => list.length > 2)) expect(two).not.toEqual(all);
  });

  test("the longest list of today's corpus (an organisation's 25 mentions) is answered whole by default", async () => {
    const answer = await api.post('{ organisations(first: 100) { nodes { mentions { start } } } }');
    const longest = Math.max(...listsNamed(answer.body.data, 'mentions').map((list) => list.length));
    expect(longest).toBe(25);
  });
});

describe('a first out of range', () => {
  test(`more than ${MAX_LIST_SIZE} is BAD_USER_INPUT, saying what to ask instead`, async () => {
    const answer = await api.post(`{ person(id: "person:gyorgy-szabo") { mentions(first: ${MAX_LIST_SIZE + 1}) { quote } } }`);
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors![0]!.message).toBe(
      'person.mentions: first must be at most 500 (got 501); this list answers only its first items: ask for 500 or fewer, or use the paged connection of the same relation where there is one',
    );
  });

  test('less than 0 is BAD_USER_INPUT', async () => {
    const answer = await api.post('{ sources(first: 1) { nodes { people(first: -1) { name } } } }');
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors![0]!.message).toBe('sources.nodes.people: first must be 0 or more (got -1); ask for how many items you want, up to 500');
  });
});
