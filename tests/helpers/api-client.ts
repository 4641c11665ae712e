/**
 * Runs GraphQL operations against the served schema, at resolver level: Apollo's
 * executeOperation with a fresh context per operation, as the HTTP app gives each request.
 */
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { createContext, GraphQLContext } from '../../src/graphql/context';
import { buildClientSchema } from '../../src/graphql/schema';
import { CorpusRepository } from '../../src/repository';
import { createApolloServer } from '../../src/server/apollo/create-apollo-server';
import type { ExecutorFactory } from './executors';
import { loadSeedRepository } from './seeds';

/** What an operation answers, as a client would see it on the wire (plain JSON). */
export interface OperationResult<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLFormattedError[];
}

export interface ApiClient {
  /** Runs one operation with a new context (new loaders) over the client's repository. */
  execute<TData = unknown>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<OperationResult<TData>>;
  /** Runs one operation and fails the test when it answers any error. */
  query<TData = unknown>(query: string, variables?: Record<string, unknown>): Promise<TData>;
  readonly apollo: ApolloServer<GraphQLContext>;
  readonly repository: CorpusRepository;
  stop(): Promise<void>;
}

export interface ApiClientOptions {
  /** How the server runs operations (see createApolloServer); its default when not given. */
  readonly executor?: ExecutorFactory;
}

/** A development-mode server (production: false) over the seed corpus, or over `repository`. */
export async function createApiClient(repository: CorpusRepository = loadSeedRepository(), options: ApiClientOptions = {}): Promise<ApiClient> {
  const schema = await buildClientSchema();
  const apollo = createApolloServer({ schema, production: false, ...(options.executor ? { executor: options.executor(schema) } : {}) });
  await apollo.start();
  const execute = async <TData>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<OperationResult<TData>> => {
    const response = await apollo.executeOperation({ query, variables, operationName }, { contextValue: createContext(repository) });
    if (response.body.kind !== 'single') throw new Error('expected a single (non-incremental) result');
    return JSON.parse(JSON.stringify(response.body.singleResult)) as OperationResult<TData>;
  };
  return {
    execute,
    async query<TData>(query: string, variables?: Record<string, unknown>): Promise<TData> {
      const result = await execute<TData>(query, variables);
      if (result.errors?.length) throw new Error(`the operation failed: ${result.errors.map((e) => e.message).join('; ')}`);
      return result.data as TData;
    },
    apollo,
    repository,
    stop: () => apollo.stop(),
  };
}
