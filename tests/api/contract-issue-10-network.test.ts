/**
 * Issue 10's network additions to the API contract (api-contract-next.graphql, marked
 * "(issue 10)": TieKind, Tie, Network, NetworkFilter, Query.network and Query.path) served
 * exactly as written there. Network may hold fields beyond the contract (what graphology
 * measures): they are named here, and every field the contract writes is served as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
} from 'graphql';
import { buildClientSchema } from '../../src/graphql/schema';

const NEXT_FIXTURE = join(__dirname, '..', 'fixtures', 'api-contract-next.graphql');

const TYPES = ['TieKind', 'Tie', 'Network', 'NetworkFilter'];
const QUERIES = ['network', 'path'];
/** Fields served beyond the contract, by type. */
const EXTRAS: Record<string, string[]> = { Network: ['measures'] };

/** A field or input field as the contract states it: type, arguments and default, and its description where the contract gives one. */
function definitionOf(field: GraphQLField<unknown, unknown> | GraphQLInputField, described: boolean) {
  return {
    type: String(field.type),
    ...('args' in field
      ? { args: field.args.map((arg: GraphQLArgument) => ({ name: arg.name, type: String(arg.type), defaultValue: arg.defaultValue })) }
      : {}),
    ...('defaultValue' in field ? { defaultValue: field.defaultValue } : {}),
    ...(described ? { description: field.description } : {}),
  };
}

/** A type as the contract states it, read from `type` with the contract's type saying which descriptions count and which fields are compared. */
function typeDefinition(type: GraphQLNamedType | undefined, contractType: GraphQLNamedType, compared: (name: string) => boolean) {
  if (!type) return undefined;
  const description = contractType.description ? { description: type.description } : {};
  if (isEnumType(type) && isEnumType(contractType)) {
    const stated = new Map(contractType.getValues().map((value) => [value.name, Boolean(value.description)]));
    const values = type.getValues().map((value) => ({ name: value.name, ...(stated.get(value.name) ? { description: value.description } : {}) }));
    return { kind: 'enum', ...description, values: values.sort((a, b) => a.name.localeCompare(b.name)) };
  }
  if ((isObjectType(type) && isObjectType(contractType)) || (isInputObjectType(type) && isInputObjectType(contractType))) {
    const contractFields = contractType.getFields() as Record<string, { description?: string | null }>;
    const fields = Object.values(type.getFields())
      .filter((field) => compared(field.name))
      .map((field) => ({ name: field.name, ...definitionOf(field, Boolean(contractFields[field.name]?.description)) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      kind: isObjectType(type) ? 'object' : 'input',
      ...description,
      fields,
      ...(isObjectType(type) ? { interfaces: type.getInterfaces().map((i) => i.name) } : {}),
    };
  }
  return { kind: 'other' };
}

let contract: GraphQLSchema;
let served: GraphQLSchema;

beforeAll(async () => {
  contract = buildSchema(readFileSync(NEXT_FIXTURE, 'utf8'));
  served = await buildClientSchema();
});

describe("issue 10's network additions to the contract", () => {
  test('the issue-10 marker covers them: each type is in the contract, after the marker', () => {
    const sdl = readFileSync(NEXT_FIXTURE, 'utf8');
    const marker = sdl.indexOf('# (issue 10) facets, totals, timelines and networks, down to NetworkFilter');
    expect(marker).toBeGreaterThan(0);
    for (const name of TYPES)
      expect(
        sdl.indexOf(`${isEnumType(contract.getType(name)) ? 'enum' : isInputObjectType(contract.getType(name)) ? 'input' : 'type'} ${name} `),
      ).toBeGreaterThan(marker);
    expect(sdl).toMatch(/# \(issue 10\) timeline, network, path\n[^]*\n {2}network\(/);
  });

  test.each(TYPES)('%s is served as the contract writes it', (name) => {
    const contractType = contract.getType(name)!;
    const inContract = (field: string) => !(EXTRAS[name] ?? []).includes(field);
    expect(typeDefinition(served.getType(name), contractType, inContract)).toEqual(typeDefinition(contractType, contractType, () => true));
  });

  test.each(QUERIES)('Query.%s is served as the contract writes it', (name) => {
    const stated = contract.getQueryType()!.getFields()[name]!;
    const actual = served.getQueryType()!.getFields()[name];
    expect(actual && definitionOf(actual, true)).toEqual(definitionOf(stated, true));
  });

  test('the fields beyond the contract are only those named, and described', () => {
    for (const name of TYPES) {
      const servedType = served.getType(name);
      const contractType = contract.getType(name);
      if (!isObjectType(servedType) || !isObjectType(contractType)) continue;
      const extra = Object.keys(servedType.getFields()).filter((field) => !(field in contractType.getFields()));
      expect({ name, extra }).toEqual({ name, extra: EXTRAS[name] ?? [] });
      for (const field of extra) expect(servedType.getFields()[field]!.description).toMatch(/beyond the contract/i);
    }
  });

  test('a difference would be found (the comparison is not vacuous)', () => {
    const changed = buildSchema(
      readFileSync(NEXT_FIXTURE, 'utf8')
        .replace('maxActors: Int = 100', 'maxActors: Int = 50')
        .replace('"""Only ties supported by something dated in this ISO range."""', '"""Dated ties."""')
        .replace('  COMMITTED\n}', '  COMMITTED\n  FUNDED\n}'),
    );
    const networkOf = (schema: GraphQLSchema) => definitionOf(schema.getQueryType()!.getFields().network!, true);
    expect(networkOf(changed)).not.toEqual(networkOf(contract));
    for (const name of ['NetworkFilter', 'TieKind']) {
      const contractType = contract.getType(name)!;
      expect(typeDefinition(changed.getType(name), contractType, () => true)).not.toEqual(typeDefinition(contractType, contractType, () => true));
    }
  });
});
