import { execute, type GraphQLSchema, parse } from 'graphql';
import { createContext } from '../../graphql/context';
import type { CorpusRepository } from '../../repository';
import type { Random } from '../../synth/random';

/*
 * Timing lookups: the repository's batch methods per key, and lookup operations executed
 * through the schema, as a request runs them.
 */

export const BATCH = 100;
export const KEYS = 200_000;
export const ROUNDS = 5;

/** Nanoseconds per key to answer `batches` with `lookup`: the median of a few rounds, after a warm-up. */
export function nsPerKey(batches: readonly string[][], lookup: (keys: readonly string[]) => readonly unknown[]): number {
  let sink = 0;
  const round = () => {
    const started = process.hrtime.bigint();
    for (const batch of batches) sink += lookup(batch).length;
    return Number(process.hrtime.bigint() - started) / (batches.length * BATCH);
  };
  round();
  const times = Array.from({ length: ROUNDS }, round).sort((a, b) => a - b);
  if (sink < 0) console.log(sink); // keeps the lookups from being optimised away
  return times[Math.floor(ROUNDS / 2)]!;
}

export function randomBatches(ids: readonly string[], random: Random): string[][] {
  return Array.from({ length: KEYS / BATCH }, () => Array.from({ length: BATCH }, () => ids[random.int(ids.length)]!));
}

export const ID_OPERATION = parse('query Person($id: ID!) { person(id: $id) { id name aliases } }');
export const RELATION_OPERATION = parse(`query PersonRelations($id: ID!) {
  person(id: $id) {
    affiliations { role organisation { name } }
    statements(first: 10) { nodes { text event { name } } }
    events(first: 10) { nodes { name } }
  }
}`);
export const OPERATIONS = 20_000;

/**
 * Microseconds per operation, as a request runs it once parsed and validated (Apollo caches
 * both): graphql-js execution with a fresh context (new DataLoaders) for a random person.
 */
export async function usPerOperation(
  schema: GraphQLSchema,
  repository: CorpusRepository,
  document: ReturnType<typeof parse>,
  ids: readonly string[],
  random: Random,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < OPERATIONS; i++) {
    const started = process.hrtime.bigint();
    const result = await execute({ schema, document, variableValues: { id: ids[random.int(ids.length)] }, contextValue: createContext(repository) });
    if (result.errors) throw new Error(`the lookup failed: ${result.errors[0]!.message}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e3);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
