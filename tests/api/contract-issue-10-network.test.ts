/**
 * Issue 10's network additions to the API contract (api-contract-next.graphql, marked
 * "(issue 10)": TieKind, Tie, Network, NetworkFilter, Query.network and Query.path) served
 * exactly as written there. Network may hold fields beyond the contract (what graphology
 * measures): they are named here, and every field the contract writes is served as written.
 */
import { GraphQLSchema } from 'graphql';
import { buildClientSchema } from '../../src/graphql/schema';
import { additionsOf, changedContract, compare, contractSchema, contractSdl, fieldsBeyond } from '../helpers/contract-additions';

const TYPES = ['TieKind', 'Tie', 'Network', 'NetworkFilter'];
const QUERIES = ['Query.network', 'Query.path'];
/** Fields served beyond the contract, by type. */
const EXTRAS: Record<string, string[]> = { Network: ['measures'] };

let contract: GraphQLSchema;
let served: GraphQLSchema;

beforeAll(async () => {
  contract = contractSchema();
  served = await buildClientSchema();
});

describe("issue 10's network additions to the contract", () => {
  test("the issue-10 markers name them: each type, and the queries on Query's marker", () => {
    expect(additionsOf(contractSdl(), 10)).toEqual(expect.arrayContaining([...TYPES, ...QUERIES]));
  });

  test.each([...TYPES, ...QUERIES])('%s is served as the contract writes it', (coordinate) => {
    const { contract: stated, served: actual } = compare(contract, served, coordinate, EXTRAS[coordinate]);
    expect(actual).toEqual(stated);
  });

  test('the fields beyond the contract are only those named, and described', () => {
    for (const name of TYPES) {
      const extra = fieldsBeyond(contract, served, name);
      expect({ name, extra }).toEqual({ name, extra: EXTRAS[name] ?? [] });
      const servedType = served.getType(name);
      for (const field of extra) expect(servedType && 'getFields' in servedType && servedType.getFields()[field]!.description).toMatch(/beyond the contract/i);
    }
  });

  test('a difference would be found (the comparison is not vacuous)', () => {
    const changed = changedContract(
      ['maxActors: Int = 100', 'maxActors: Int = 50'],
      ['"""Only ties supported by something dated in this ISO range."""', '"""Dated ties."""'],
      ['  COMMITTED\n}', '  COMMITTED\n  FUNDED\n}'],
    );
    for (const coordinate of ['Query.network', 'NetworkFilter', 'TieKind']) {
      expect(compare(contract, changed, coordinate).served).not.toEqual(compare(contract, contract, coordinate).contract);
    }
    expect(compare(contract, changed, 'Tie').served).toEqual(compare(contract, contract, 'Tie').contract);
  });
});
