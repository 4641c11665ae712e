import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { SubgraphEntry } from './supergraph-config';

export type Composition = { supergraphSdl: string; hints: string[] } | { errors: string[] };

/** Composes subgraphs into a supergraph with Apollo's own composition; its messages on failure. */
export function composeSupergraph(subgraphs: readonly SubgraphEntry[]): Composition {
  const parsed: { name: string; url: string; typeDefs: ReturnType<typeof parse> }[] = [];
  const errors: string[] = [];
  for (const { name, routingUrl, sdl } of subgraphs) {
    try {
      parsed.push({ name, url: routingUrl, typeDefs: parse(sdl) });
    } catch (error) {
      errors.push(`${name}: its SDL does not parse: ${(error as Error).message}`);
    }
  }
  if (errors.length > 0) return { errors };
  const result = composeServices(parsed);
  if (result.errors) return { errors: result.errors.map((error) => error.message) };
  return { supergraphSdl: result.supergraphSdl, hints: result.hints.map((hint) => hint.toString()) };
}
