import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import type { Server } from 'node:http';
import { type CompiledExecutor, createCompiledExecutor, DEFAULT_COMPILE_AFTER } from '../../graphql/compiled-execution';
import type { GraphQLContext } from '../../graphql/context';
import { sandboxExample } from './sandbox-example';
import { compiledExecutionGateway } from '../execution/compiled-executor-adapter';
import { createFormatError } from './format-error';
import { graphqlOverHttpStatus } from '../plugins/graphql-over-http-status';

export interface ApolloOptions {
  readonly schema: GraphQLSchema;
  readonly production: boolean;
  /** Drained on stop, so in-flight requests finish, for at most `drainTimeoutMs`. */
  readonly httpServer?: Server;
  readonly drainTimeoutMs?: number;
  readonly httpBatching?: boolean;
  /** Behaviour added to the server, each a small plugin: limits, logging, metrics, … */
  readonly plugins?: readonly ApolloServerPlugin<GraphQLContext>[];
  readonly validationRules?: readonly ValidationRule[];
  /**
   * Runs the operations: by default graphql-js at first, graphql-jit once an operation
   * repeats (src/graphql/compiled-execution.ts); null: graphql-js always.
   */
  readonly executor?: CompiledExecutor | null;
}

/** Apollo Server for the client-facing graph: Sandbox in development, no stack traces in production. */
export function createApolloServer(options: ApolloOptions): ApolloServer<GraphQLContext> {
  const { schema, production, httpServer } = options;
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    production
      ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
      : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false, ...sandboxExample() }),
    graphqlOverHttpStatus,
    // Cache hints per field serve CDN caching of POSTs, which this API does not offer (the
    // response cache and GET's Cache-Control do); the plugin costs a hook on every field.
    ApolloServerPluginCacheControlDisabled(),
    ...(options.plugins ?? []),
  ];
  if (httpServer) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.drainTimeoutMs }));
  const executor = options.executor === undefined ? createCompiledExecutor(schema, { compileAfter: DEFAULT_COMPILE_AFTER }) : options.executor;
  return new ApolloServer<GraphQLContext>({
    ...(executor ? { gateway: compiledExecutionGateway(schema, executor) } : { schema }),
    // Signals are handled in one place (signals.ts): drain, then exit 0. Apollo's own
    // handler would re-raise the signal after stopping, and the process would die by it.
    stopOnTerminationSignals: false,
    plugins,
    validationRules: [...(options.validationRules ?? [])],
    allowBatchedHttpRequests: options.httpBatching ?? false,
    formatError: createFormatError(schema, { production }),
    includeStacktraceInErrorResponses: !production,
    // Production hides the schema: no introspection, and no "Did you mean …?" hints in errors.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
  });
}
