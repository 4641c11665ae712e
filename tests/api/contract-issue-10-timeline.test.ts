/**
 * Issue 10's timeline, facet and totals additions to the API contract (api-contract-next.graphql,
 * the items marked "(issue 10)" other than the network's) served exactly as written there.
 */
import { GraphQLSchema } from 'graphql';
import { buildClientSchema } from '../../src/graphql/schema';
import { additionsOf, changedContract, compare, contractSchema, contractSdl } from '../helpers/contract-additions';

/** The network's additions: served by the network's own work (TieKind … NetworkFilter, Query.network, Query.path). */
const NETWORK = ['TieKind', 'Tie', 'Network', 'NetworkFilter', 'Query.network', 'Query.path'];

const TIMELINE_FACETS_TOTALS = [
  'EventConnection.facets',
  'StatementConnection.facets',
  'CommitmentConnection.facets',
  'CommitmentConnection.totals',
  'FacetCount',
  'EventFacets',
  'StatementFacets',
  'CommitmentFacets',
  'MoneyTotal',
  'TimeUnit',
  'TimelineItemKind',
  'TimelineItem',
  'TimelineFilter',
  'TimelineBucket',
  'Timeline',
  'Query.timeline',
];

describe("issue 10's timeline, facets and totals, as the contract writes them", () => {
  let contract: GraphQLSchema;
  let served: GraphQLSchema;

  beforeAll(async () => {
    contract = contractSchema();
    served = await buildClientSchema();
  });

  test('the markers name them, with the network: every issue-10 type and field', () => {
    expect(new Set(additionsOf(contractSdl(), 10))).toEqual(new Set([...TIMELINE_FACETS_TOTALS, ...NETWORK]));
  });

  test.each(TIMELINE_FACETS_TOTALS)('%s is served as the contract writes it', (coordinate) => {
    const { contract: stated, served: actual } = compare(contract, served, coordinate);
    expect(actual).toEqual(stated);
  });

  test('a difference would be found in an input, a union or a default (the comparison is not vacuous)', () => {
    const changed = changedContract(
      ['includeInferred: Boolean = true', 'includeInferred: Boolean = false'],
      ['union TimelineItem = Event | Statement | Commitment', 'union TimelineItem = Event | Statement'],
      ['unit: TimeUnit = MONTH', 'unit: TimeUnit = DAY'],
    );
    for (const coordinate of ['TimelineFilter', 'TimelineItem', 'Query.timeline']) {
      expect(compare(contract, changed, coordinate).served).not.toEqual(compare(contract, contract, coordinate).contract);
    }
    expect(compare(contract, changed, 'Timeline').served).toEqual(compare(contract, contract, 'Timeline').contract);
  });
});
