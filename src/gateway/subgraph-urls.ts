import { Kind, parse } from 'graphql';
import { type Environment, SUBGRAPH_URL_PREFIX, subgraphUrlVariable } from '../server/config';

/** A subgraph of a composed supergraph: its name in supergraph.yaml and its routing URL. */
export interface SupergraphSubgraph {
  readonly name: string;
  readonly url: string;
}

/** The subgraphs a supergraph's SDL routes to (its `join__Graph` enum). */
export function subgraphsOf(supergraphSdl: string): SupergraphSubgraph[] {
  const subgraphs: SupergraphSubgraph[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const args = value.directives?.find((d) => d.name.value === 'join__graph')?.arguments ?? [];
      const arg = (name: string) => args.find((a) => a.name.value === name)?.value;
      const [name, url] = [arg('name'), arg('url')];
      if (name?.kind === Kind.STRING && url?.kind === Kind.STRING) subgraphs.push({ name: name.value, url: url.value });
    }
  }
  return subgraphs;
}

/**
 * The routing URLs the gateway uses: the supergraph's, each replaced by its `SUBGRAPH_URL_<NAME>`
 * when set, as Apollo Router's override_subgraph_url. A variable naming no subgraph, or a value
 * that is not an http(s) URL, stops the start naming the variables that would apply.
 */
export function routingUrls(supergraphSdl: string, env: Environment): Map<string, string> {
  const subgraphs = subgraphsOf(supergraphSdl);
  const variables = new Map(subgraphs.map(({ name }) => [subgraphUrlVariable(name), name]));
  const problems: string[] = [];
  for (const [variable, value] of Object.entries(env)) {
    if (!variable.startsWith(SUBGRAPH_URL_PREFIX) || !value) continue;
    if (!variables.has(variable)) {
      problems.push(`${variable} names no subgraph of the supergraph; its subgraphs' variables are ${[...variables.keys()].join(', ')}`);
    } else if (!/^https?:\/\/[^/\s]+/.test(value)) {
      problems.push(`${variable} must be the URL the gateway calls, e.g. http://10.0.0.5:4001/graphql (got ${JSON.stringify(value)})`);
    }
  }
  if (problems.length > 0) throw new Error(`The subgraphs' routing URLs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return new Map(subgraphs.map(({ name, url }) => [name, env[subgraphUrlVariable(name)] || url]));
}
