import { getOperationAST, parse, valueFromASTUntyped } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS_DIR } from '../server/apollo/sandbox-example';

/** One request of the benchmark: a name, which server answers it, and the JSON body. */
export interface BenchRequest {
  readonly name: string;
  /** The client-facing graph, or the subgraph (for `_entities`). */
  readonly target: 'client' | 'subgraph';
  readonly body: string;
}

const DEEP_TRAVERSAL = `query DeepTraversal($id: ID!) {
  organisation(id: $id) {
    name
    members {
      role
      person {
        name
        statements(first: 5) {
          nodes {
            text
            event {
              name
              participants { role actor { ... on Person { name } ... on Organisation { name kind } } }
            }
          }
        }
      }
    }
  }
}`;

const FILTERED_LIST = `query FilteredList($first: Int!) {
  events(filter: { from: "2009", to: "2018" }, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name kind startDate { iso precision } location organisers { name } }
  }
}`;

const SEARCH = `query SearchTerrorism { search(text: "terrorism security cooperation", first: 10) { score snippet node { __typename ... on Person { name } ... on Organisation { name } ... on Event { name } } } }`;

/** A hub's timeline by year: an actor's items, bucketed (the unfiltered timelines are cached; this one is not). */
const ACTOR_TIMELINE = `query ActorTimeline($id: ID!) {
  timeline(unit: YEAR, filter: { actorId: $id }) { undated buckets { period count inferred items(first: 3) { __typename ... on Event { name } } } coarser { period unit count } }
}`;

/** Facets of a filtered list, counted per request (those of the whole lists are counted at load). */
const FILTERED_FACETS = `query FilteredFacets {
  events(filter: { from: "2009", to: "2018" }, first: 5) {
    totalCount
    facets { kind { value count } year { value count } organiser { value label count } participant { value label count } }
  }
}`;

const NETWORK = `query Network($seed: ID!) {
  network(seedIds: [$seed], hops: 2, maxActors: 100) {
    truncated
    actors { ... on Person { id name } ... on Organisation { id name kind } }
    ties { kind weight from { ... on Person { id } ... on Organisation { id } } to { ... on Person { id } ... on Organisation { id } } evidence { quote } }
  }
}`;

const PATH = `query Path($from: ID!, $to: ID!) {
  path(fromId: $from, toId: $to, maxHops: 6) { kind weight from { ... on Person { name } ... on Organisation { name } } to { ... on Person { name } ... on Organisation { name } } evidence { quote } }
}`;

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person { id name affiliations { role organisation { name } } }
    ... on Organisation { id name kind }
    ... on Event { id name startDate { iso } }
  }
}`;

/** An operation's variables at their defaults, sent explicitly: graphql-jit applies no defaults. */
function defaultVariables(query: string): Record<string, unknown> {
  const operation = getOperationAST(parse(query));
  return Object.fromEntries(
    (operation?.variableDefinitions ?? []).filter((v) => v.defaultValue).map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]),
  );
}

/** Ids of the corpus under test that the mix asks about. */
export interface BenchIds {
  readonly person: string;
  readonly event: string;
  readonly commitment: string;
  readonly hubOrganisation: string;
  readonly representations: readonly { __typename: string; id: string }[];
}

/**
 * The fixed mix: every example operation (a timeline and commitment totals among them), a deep
 * traversal, a filtered and paginated list, a search, an actor's timeline, the facets of a
 * filtered list, a network (two hops from the most-quoted person) and a path (from them to the
 * hub), and an `_entities` batch of 100 representations. Ids are chosen from the
 * corpus being served (`pick`), so the same mix runs on the seeds and on synthetic corpora.
 */
export function benchMix(pick: BenchIds): BenchRequest[] {
  // The examples' default ids are the seeds'; on another corpus, point them at its own.
  const variables: Record<string, Record<string, string>> = {
    PersonStatements: { id: pick.person },
    EventStatements: { id: pick.event },
    CommitmentEvidence: { id: pick.commitment },
    OrganisationPeople: { id: pick.hubOrganisation },
  };
  const examples = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      const query = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
      return { name, target: 'client' as const, body: JSON.stringify({ query, variables: { ...defaultVariables(query), ...variables[name] } }) };
    });
  return [
    ...examples,
    { name: 'DeepTraversal', target: 'client', body: JSON.stringify({ query: DEEP_TRAVERSAL, variables: { id: pick.hubOrganisation } }) },
    { name: 'FilteredList', target: 'client', body: JSON.stringify({ query: FILTERED_LIST, variables: { first: 20 } }) },
    { name: 'FullTextSearch', target: 'client', body: JSON.stringify({ query: SEARCH }) },
    { name: 'ActorTimeline', target: 'client', body: JSON.stringify({ query: ACTOR_TIMELINE, variables: { id: pick.hubOrganisation } }) },
    { name: 'FilteredFacets', target: 'client', body: JSON.stringify({ query: FILTERED_FACETS }) },
    { name: 'Network', target: 'client', body: JSON.stringify({ query: NETWORK, variables: { seed: pick.person } }) },
    { name: 'Path', target: 'client', body: JSON.stringify({ query: PATH, variables: { from: pick.person, to: pick.hubOrganisation } }) },
    { name: 'Entities100', target: 'subgraph', body: JSON.stringify({ query: ENTITIES, variables: { representations: pick.representations.slice(0, 100) } }) },
  ];
}
