import type { GraphQLSchema } from 'graphql';
import { type CompiledExecutor, createCompiledExecutor } from '../../src/graphql/compiled-execution';

export type ExecutorFactory = (schema: GraphQLSchema) => CompiledExecutor | null;

/** graphql-js runs every operation. */
export const GRAPHQL_JS: ExecutorFactory = () => null;
/** graphql-jit runs every operation, compiled the first time it is seen. */
export const GRAPHQL_JIT: ExecutorFactory = (schema) => createCompiledExecutor(schema, { compileAfter: 0 });

/** The two ways the server runs an operation, for tests that must hold for both. */
export const EXECUTORS: ReadonlyArray<readonly [name: string, executor: ExecutorFactory]> = [
  ['graphql-js', GRAPHQL_JS],
  ['graphql-jit', GRAPHQL_JIT],
];
