/** The served schema against the public API contract, the committed SDL, and its own descriptions. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  findBreakingChanges,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { printClientSchema } from '../../src/graphql/print-schema';
import { buildClientSchema } from '../../src/graphql/schema';

const PROJECT = join(__dirname, '..', '..');
const CONTRACT_FIXTURE = join(PROJECT, 'tests', 'fixtures', 'api-contract.graphql');
/** The contract as published beside the project, when it is checked out there. */
const SHARED_CONTRACT = join(PROJECT, '..', 'shared', 'api-contract.graphql');
const COMMITTED_SDL = join(PROJECT, 'schema', 'schema.graphql');

let served: GraphQLSchema;

beforeAll(async () => {
  served = await buildClientSchema();
});

describe('the public API contract', () => {
  test('the served schema breaks nothing the contract promises', () => {
    const contract = buildSchema(readFileSync(CONTRACT_FIXTURE, 'utf8'));
    const breaking = findBreakingChanges(contract, served).map((change) => `${change.type}: ${change.description}`);
    expect(breaking).toEqual([]);
  });

  test('a removed contract field would be reported (the check is not vacuous)', () => {
    const contract = buildSchema(readFileSync(CONTRACT_FIXTURE, 'utf8'));
    const widened = buildSchema(`${readFileSync(CONTRACT_FIXTURE, 'utf8')}\nextend type Person { shoeSize: Int }`);
    expect(findBreakingChanges(widened, served).map((change) => change.description)).toEqual(['Person.shoeSize was removed.']);
    expect(findBreakingChanges(contract, served)).toEqual([]);
  });

  (existsSync(SHARED_CONTRACT) ? test : test.skip)('the fixture is the shared contract, byte for byte', () => {
    expect(readFileSync(CONTRACT_FIXTURE).equals(readFileSync(SHARED_CONTRACT))).toBe(true);
  });
});

test('schema/schema.graphql is the SDL the code defines', () => {
  const committed = readFileSync(COMMITTED_SDL, 'utf8');
  const printed = printClientSchema(served);
  if (committed !== printed) {
    throw new Error('schema/schema.graphql is out of date with the Type-GraphQL classes: run `npm run schema` and commit the result');
  }
});

describe('descriptions', () => {
  /** Every described element of the served schema that has no description, by its coordinate. */
  function undescribed(schema: GraphQLSchema): string[] {
    const missing: string[] = [];
    const check = (coordinate: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(coordinate);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      }
    }
    return missing;
  }

  test('every type, field, argument and enum value of the served schema is described', () => {
    expect(undescribed(served)).toEqual([]);
  });

  test('an undescribed element is found (the check is not vacuous)', () => {
    const bare = buildSchema('type Query { """Said."""\n person(id: ID): String }\nenum Kind { A }');
    expect(undescribed(bare)).toEqual(['Query', 'Query.person(id:)', 'Kind', 'Kind.A']);
  });
});
