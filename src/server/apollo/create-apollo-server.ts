import {
  ApolloServer,
  type ApolloServerOptionsWithGateway,
  type ApolloServerOptionsWithSchema,
  type ApolloServerPlugin,
  type BaseContext,
} from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import type { Server } from 'node:http';
import { type CompiledExecutor, createCompiledExecutor, DEFAULT_COMPILE_AFTER } from '../../graphql/compiled-execution';
import type { GraphQLContext } from '../../graphql/context';
import type { ServerKind } from '../config';
import { compiledExecutorAdapter } from '../execution/compiled-executor-adapter';
import { graphqlOverHttpStatus } from '../plugins/graphql-over-http-status';
import { operationResolutionPlugin } from '../plugins/operation-resolution';
import { createFormatError } from './format-error';
import { withOfflineFallback } from './offline-landing-page';
import { sandboxExample } from './sandbox-example';

/** What differs between the three servers' Apollo set-ups; the subgraph has fewer protections, as only the gateway calls it. */
interface ServerProfile {
  /** The landing page outside production: Sandbox with the example operation, plain Sandbox, or none at all. */
  readonly landingPage: 'sandbox-with-example' | 'sandbox' | 'none';
  /** The GraphQL over HTTP spec's status codes (graphql-over-http-status.ts). */
  readonly specStatusCodes: boolean;
  /** Per-field cache hints serve CDN caching of POSTs, which this API does not offer; the plugin costs a hook on every field. */
  readonly cacheControl: boolean;
  /** Inline traces feed Apollo's usage reporting, which this service does not use; Apollo adds them to a subgraph unless told not to. */
  readonly inlineTraces: boolean;
  /** Errors formatted by format-error.ts (codes for client errors, masked internals in production). */
  readonly formatErrors: boolean;
  /** Introspection off in production; false leaves Apollo's own default. */
  readonly introspectionOffInProduction: boolean;
  /** No "Did you mean …?" schema hints in production's errors. */
  readonly hideSchemaDetailsInProduction: boolean;
  /** Unresolvable operations and missing root types refused before execution (Apollo Gateway would answer them 500). */
  readonly resolveOperationFirst: boolean;
}

const PROFILES: Record<ServerKind, ServerProfile> = {
  graph: {
    landingPage: 'sandbox-with-example',
    specStatusCodes: true,
    cacheControl: false,
    inlineTraces: true,
    formatErrors: true,
    introspectionOffInProduction: true,
    hideSchemaDetailsInProduction: true,
    resolveOperationFirst: false,
  },
  subgraph: {
    landingPage: 'none',
    specStatusCodes: false,
    cacheControl: true,
    inlineTraces: false,
    formatErrors: true,
    introspectionOffInProduction: false,
    hideSchemaDetailsInProduction: true,
    resolveOperationFirst: false,
  },
  // The public's front door in a federated deployment: the client graph's protections (issue 17).
  gateway: {
    landingPage: 'sandbox',
    specStatusCodes: true,
    cacheControl: true,
    inlineTraces: true,
    formatErrors: true,
    introspectionOffInProduction: true,
    hideSchemaDetailsInProduction: true,
    resolveOperationFirst: true,
  },
};

/** A schema this process executes, or Apollo Gateway over subgraphs. */
export type ApolloGraph = { readonly schema: GraphQLSchema; readonly gateway?: never } | { readonly gateway: GatewayInterface; readonly schema?: never };

export type ApolloOptions<TContext extends BaseContext = GraphQLContext> = ApolloGraph & {
  /** Which server this is (the client-facing graph by default): see PROFILES. */
  readonly kind?: ServerKind;
  readonly production: boolean;
  /** Drained on stop, so in-flight requests finish, for at most `drainTimeoutMs` (Apollo's default when unset). */
  readonly httpServer?: Server;
  readonly drainTimeoutMs?: number;
  readonly httpBatching?: boolean;
  /** Behaviour added to the server, each a small plugin: limits, logging, metrics, … */
  readonly plugins?: readonly ApolloServerPlugin<TContext>[];
  readonly validationRules?: readonly ValidationRule[];
  /**
   * Runs a schema's operations: by default graphql-js at first, graphql-jit once an operation
   * repeats (src/graphql/compiled-execution.ts); null: graphql-js always.
   */
  readonly executor?: CompiledExecutor | null;
  /** Answer introspection even in production (EXPLORER=1: /explorer's docs need it). */
  readonly introspectionInProduction?: boolean;
  /** Where the landing page's fallback sends a browser that cannot load Sandbox from Apollo's CDN (the graph's /explorer). */
  readonly offlineExplorerPath?: string;
};

/** Apollo Server for the client-facing graph, the subgraph or the gateway: one set-up, each server's profile. */
export function createApolloServer<TContext extends BaseContext = GraphQLContext>(options: ApolloOptions<TContext>): ApolloServer<TContext> {
  const { production, httpServer } = options;
  const profile = PROFILES[options.kind ?? 'graph'];
  const plugins: ApolloServerPlugin<TContext>[] = [
    withOfflineFallback(landingPage(profile.landingPage, production), options.offlineExplorerPath),
    ...(profile.resolveOperationFirst ? [operationResolutionPlugin] : []),
    ...(profile.specStatusCodes ? [graphqlOverHttpStatus] : []),
    ...(profile.cacheControl ? [] : [ApolloServerPluginCacheControlDisabled()]),
    ...(profile.inlineTraces ? [] : [ApolloServerPluginInlineTraceDisabled()]),
    ...(options.plugins ?? []),
  ];
  if (httpServer) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.drainTimeoutMs }));
  return new ApolloServer<TContext>({
    ...graphOf(options),
    // Signals are handled in one place (process/signals.ts): drain, then exit 0. Apollo's own
    // handler would re-raise the signal after stopping, and the process would die by it.
    stopOnTerminationSignals: false,
    plugins,
    validationRules: [...(options.validationRules ?? [])],
    allowBatchedHttpRequests: options.httpBatching ?? false,
    ...(profile.formatErrors ? { formatError: createFormatError(schemaOf(options), { production }) } : {}),
    includeStacktraceInErrorResponses: !production,
    ...(profile.introspectionOffInProduction ? { introspection: !production || options.introspectionInProduction === true } : {}),
    ...(profile.hideSchemaDetailsInProduction ? { hideSchemaDetailsFromClientErrors: production } : {}),
  } as ApolloServerOptionsWithSchema<TContext> | ApolloServerOptionsWithGateway<TContext>);
}

/** The schema served: given, or Apollo Gateway's once it has loaded its supergraph. */
function schemaOf(options: ApolloGraph): GraphQLSchema | (() => GraphQLSchema | undefined) {
  if (options.schema) return options.schema;
  let loaded: GraphQLSchema | undefined;
  options.gateway.onSchemaLoadOrUpdate(({ apiSchema }) => (loaded = apiSchema));
  return () => loaded;
}

/** Apollo Gateway, a schema run by graphql-js, or a schema run by the compiled executor. */
function graphOf<TContext extends BaseContext>(options: ApolloOptions<TContext>): { schema: GraphQLSchema } | { gateway: GatewayInterface } {
  if (options.gateway) return { gateway: options.gateway };
  const { schema } = options;
  const executor = options.executor === undefined ? createCompiledExecutor(schema, { compileAfter: DEFAULT_COMPILE_AFTER }) : options.executor;
  return executor ? { gateway: compiledExecutorAdapter(schema, executor) } : { schema };
}

function landingPage(page: ServerProfile['landingPage'], production: boolean): ApolloServerPlugin {
  if (page === 'none') return ApolloServerPluginLandingPageDisabled();
  if (production) return ApolloServerPluginLandingPageProductionDefault({ footer: false });
  return ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false, ...(page === 'sandbox-with-example' ? sandboxExample() : {}) });
}
