import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { createServer } from 'node:http';
import { createCompiledExecutor, DEFAULT_COMPILE_AFTER } from '../../graphql/compiled-execution';
import { createContext, GraphQLContext } from '../../graphql/context';
import { buildSubgraphSchemaFromCode } from '../../graphql/federation/subgraph-schema';
import type { CorpusRepository } from '../../repository';
import { type ContextRequest, createApiHandler, isApiRequest } from '../http/api-handler';
import { compiledExecutionGateway } from '../execution/compiled-executor-adapter';
import { createFormatError } from '../apollo/format-error';
import { refuseNonJsonPost } from '../http/errors';
import { listen } from '../http/http-server';
import { createLogger, type Logger, RequestLog, requestLogPlugin } from '../plugins/observability';
import type { RunningServer } from './graph-server';
import { refuseWithoutSubgraphSecret } from '../http/subgraph-secret';

export interface SubgraphConfig {
  readonly port: number;
  readonly production: boolean;
  /** When set, requests without it in the x-subgraph-secret header are refused. */
  readonly secret?: string;
  /** Runs of an operation with graphql-js before graphql-jit compiles it; null: never (see compiled-execution.ts). */
  readonly compileAfter?: number | null;
  /** Where each request's line, and failures, are logged; by default a logger from LOG_LEVEL. */
  readonly logger?: Logger;
}

/**
 * Serves the graph as a Federation 2 subgraph for a router or gateway: no landing page,
 * no CORS (browsers never call it), and, with a secret, nobody but the router.
 */
export async function startSubgraph(repository: CorpusRepository, config: SubgraphConfig): Promise<RunningServer> {
  const httpServer = createServer();
  const logger = config.logger ?? createLogger();
  const schema = await buildSubgraphSchemaFromCode();
  const compileAfter = config.compileAfter === undefined ? DEFAULT_COMPILE_AFTER : config.compileAfter;
  const apollo = new ApolloServer<GraphQLContext>({
    // A router asks the same few `_entities` and root operations over and over: compiled.
    ...(compileAfter === null ? { schema } : { gateway: compiledExecutionGateway(schema, createCompiledExecutor(schema, { compileAfter })) }),
    // Signals are handled in one place (signals.ts): drain, then exit 0. Apollo's own
    // handler would re-raise the signal after stopping, and the process would die by it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Inline traces feed Apollo's usage reporting, which this service does not use.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLogPlugin({ logger }),
    ],
    formatError: createFormatError(schema, { production: config.production }),
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
  });
  await apollo.start();

  // The API on node:http, as the client-facing server has it (api-handler.ts), without CORS
  // (browsers never call a subgraph) and, with a secret, for nobody but the router.
  const graphql = { apollo, context: async ({ requestId }: ContextRequest) => createContext(repository, { requestId }) };
  const api = createApiHandler({
    refusals: [...(config.secret ? [refuseWithoutSubgraphSecret(config.secret)] : []), refuseNonJsonPost],
    bodyLimit: '1mb',
    steps: [],
    graphql: () => graphql,
    logger,
    requestLog: new RequestLog({ logger }),
  });
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  httpServer.on('request', (req, res) => (isApiRequest(req) ? api(req, res) : app(req, res)));

  const port = await listen(httpServer, config.port);
  return { url: `http://localhost:${port}/graphql`, httpServer, stop: () => apollo.stop() };
}
