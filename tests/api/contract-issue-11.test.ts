/**
 * Issue 11's additions to the API contract (api-contract-next.graphql, the items marked
 * "(issue 11)"), served exactly as written there: `includeDrafts` on the lists and search this
 * server answers (timeline, network and path are issue 10's), CorpusInfo and `Query.corpus`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLArgument, GraphQLField, GraphQLNamedType, GraphQLSchema, isEnumType, isObjectType, parse, print, printType } from 'graphql';
import { buildClientSchema } from '../../src/graphql/schema';
import { ApiClient, createApiClient } from '../helpers/api-client';

const PROJECT = join(__dirname, '..', '..');
const NEXT_FIXTURE = join(PROJECT, 'tests', 'fixtures', 'api-contract-next.graphql');

/** A field's definition as the contract states it: type, arguments, and its description where the contract gives one. */
function fieldDefinition(field: GraphQLField<unknown, unknown>, described: boolean) {
  return {
    type: String(field.type),
    args: field.args.map((arg: GraphQLArgument) => ({ name: arg.name, type: String(arg.type), defaultValue: arg.defaultValue })),
    ...(described ? { description: field.description } : {}),
  };
}

/**
 * What the contract says of one coordinate, and what the served schema has there: for a type,
 * its kind, description, and every field or enum value; for a field, its definition. A description
 * is compared where the contract gives one (the project describes every element it serves).
 */
function compare(contract: GraphQLSchema, served: GraphQLSchema, coordinate: string): { contract: unknown; served: unknown } {
  const [typeName, fieldName] = coordinate.split('.') as [string, string | undefined];
  const contractType = contract.getType(typeName);
  if (!contractType) throw new Error(`${typeName} is not in the contract`);
  const servedType = served.getType(typeName);
  if (fieldName !== undefined) {
    if (!isObjectType(contractType)) throw new Error(`${coordinate}: only object fields are expected`);
    const contractField = contractType.getFields()[fieldName];
    if (!contractField) throw new Error(`${coordinate} is not in the contract`);
    const servedField = servedType && isObjectType(servedType) ? servedType.getFields()[fieldName] : undefined;
    const described = Boolean(contractField.description);
    return { contract: fieldDefinition(contractField, described), served: servedField && fieldDefinition(servedField, described) };
  }
  return { contract: typeDefinition(contractType, contractType), served: servedType && typeDefinition(servedType, contractType) };
}

function typeDefinition(type: GraphQLNamedType, contractType: GraphQLNamedType) {
  const description = contractType.description ? { description: type.description } : {};
  if (isEnumType(type) && isEnumType(contractType)) {
    const stated = new Map(contractType.getValues().map((value) => [value.name, Boolean(value.description)]));
    const values = type
      .getValues()
      .map((value) => ({ name: value.name, ...(stated.get(value.name) ? { description: value.description } : {}) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { kind: 'enum', ...description, values };
  }
  if (isObjectType(type) && isObjectType(contractType)) {
    const contractFields = contractType.getFields();
    const fields = Object.values(type.getFields())
      .map((field) => ({ name: field.name, ...fieldDefinition(field, Boolean(contractFields[field.name]?.description)) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { kind: 'object', ...description, fields, interfaces: type.getInterfaces().map((i) => i.name) };
  }
  return { kind: 'other', printed: printType(type) };
}

/** The lists and search that take `includeDrafts` here; timeline, network and path take theirs in issue 10's resolvers. */
const LISTS = ['people', 'organisations', 'events', 'statements', 'commitments', 'sources', 'search'];

/** A root list's `includeDrafts` argument (its type and default), and the names of all its arguments (their order means nothing in GraphQL). */
function includeDraftsOf(schema: GraphQLSchema, list: string) {
  const args = schema.getQueryType()!.getFields()[list]!.args;
  const arg = args.find((a) => a.name === 'includeDrafts');
  return { args: args.map((a) => a.name).sort(), type: String(arg?.type), defaultValue: arg?.defaultValue };
}

describe("issue 11's additions to the contract", () => {
  let contract: GraphQLSchema;
  let served: GraphQLSchema;
  const sdl = readFileSync(NEXT_FIXTURE, 'utf8');

  beforeAll(async () => {
    contract = buildSchema(sdl);
    served = await buildClientSchema();
  });

  test('the markers name the additions: CorpusInfo, and on Query includeDrafts on every list and search, and corpus', () => {
    const markers = sdl.split('\n').filter((line) => /^\s*# \(issue 11\)/.test(line));
    expect(markers).toEqual(['# (issue 11)', '  # (issue 11) includeDrafts on every list, search, timeline, network and path; corpus']);
    expect(sdl.slice(sdl.indexOf('# (issue 11)\n')).split('\n')[2]).toBe('type CorpusInfo {');
    for (const name of LISTS) {
      const field = (contract.getQueryType()!.getFields()[name] as GraphQLField<unknown, unknown>).args.find((arg) => arg.name === 'includeDrafts');
      expect({ name, type: String(field?.type), defaultValue: field?.defaultValue }).toEqual({ name, type: 'Boolean', defaultValue: false });
    }
  });

  test.each(['CorpusInfo', 'Query.corpus'])('%s is served as the contract writes it', (coordinate) => {
    const { contract: stated, served: actual } = compare(contract, served, coordinate);
    expect(actual).toEqual(stated);
  });

  // The lists were there before issue 11 (their other arguments are earlier issues'): what it adds is the argument.
  test.each(LISTS)('Query.%s takes includeDrafts as the contract writes it, beside the arguments the contract gives', (name) => {
    expect(includeDraftsOf(served, name)).toEqual(includeDraftsOf(contract, name));
  });

  test('a difference would be found (the comparison is not vacuous)', () => {
    const changed = buildSchema(
      print(parse(sdl))
        .replace('sources(first: Int, after: String, includeDrafts: Boolean = false)', 'sources(first: Int, after: String, includeDrafts: Boolean = true)')
        .replace('rejected: [String!]!', 'rejected: [String!]'),
    );
    expect(includeDraftsOf(changed, 'sources')).not.toEqual(includeDraftsOf(contract, 'sources'));
    expect(compare(contract, changed, 'CorpusInfo').served).not.toEqual(compare(contract, contract, 'CorpusInfo').contract);
    expect(includeDraftsOf(changed, 'people')).toEqual(includeDraftsOf(contract, 'people'));
  });
});

describe('includeDrafts on the seeds, where every article is reviewed', () => {
  let api: ApiClient;

  beforeAll(async () => {
    api = await createApiClient();
  });

  afterAll(async () => {
    await api.stop();
  });

  test('every list answers the same with and without drafts', async () => {
    const LIST_QUERY = /* GraphQL */ `
      query ($drafts: Boolean) {
        people(first: 100, includeDrafts: $drafts) {
          totalCount
          nodes {
            id
          }
        }
        organisations(first: 100, includeDrafts: $drafts) {
          totalCount
          nodes {
            id
          }
        }
        events(first: 100, includeDrafts: $drafts) {
          totalCount
          nodes {
            id
          }
        }
        statements(first: 100, includeDrafts: $drafts) {
          totalCount
          nodes {
            id
          }
        }
        commitments(first: 100, includeDrafts: $drafts) {
          totalCount
          nodes {
            id
          }
        }
        sources(first: 100, includeDrafts: $drafts) {
          totalCount
          nodes {
            id
            review
          }
        }
        search(text: "OSCE", first: 100, includeDrafts: $drafts) {
          node {
            ... on Node {
              id
            }
          }
        }
      }
    `;
    const without = await api.query<{ sources: { totalCount: number } }>(LIST_QUERY, {});
    expect(without.sources.totalCount).toBe(5);
    expect(await api.query(LIST_QUERY, { drafts: true })).toEqual(without);
    expect(await api.query(LIST_QUERY, { drafts: false })).toEqual(without);
  });

  test('a repository given in code reports its content as its version: the five seed articles, none rejected', async () => {
    const { corpus } = await api.query<{ corpus: { version: string; articles: number; drafts: number; rejected: string[] } }>(
      '{ corpus { version articles drafts rejected } }',
    );
    expect(corpus).toEqual({ version: expect.stringMatching(/^[0-9a-f]{64}$/), articles: 5, drafts: 0, rejected: [] });
    expect(corpus.version).toBe(api.repository.contentVersion);
  });
});
