import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer } from 'node:http';
import { createCompiledExecutor, DEFAULT_COMPILE_AFTER } from '../graphql/compiled-execution';
import { createContext, GraphQLContext } from '../graphql/context';
import { buildSubgraphSchemaFromCode } from '../graphql/federation/subgraph-schema';
import type { CorpusRepository } from '../repository';
import { compiledExecutionGateway } from './compiled-execution-gateway';
import { createFormatError } from './format-error';
import { listen } from './listen';
import type { RunningServer } from './start-server';
import { requireSubgraphSecret } from './subgraph-secret';

export interface SubgraphConfig {
  readonly port: number;
  readonly production: boolean;
  /** When set, requests without it in the x-subgraph-secret header are refused. */
  readonly secret?: string;
  /** Runs of an operation with graphql-js before graphql-jit compiles it; null: never (see compiled-execution.ts). */
  readonly compileAfter?: number | null;
}

/**
 * Serves the graph as a Federation 2 subgraph for a router or gateway: no landing page,
 * no CORS (browsers never call it), and, with a secret, nobody but the router.
 */
export async function startSubgraph(repository: CorpusRepository, config: SubgraphConfig): Promise<RunningServer> {
  const httpServer = createServer();
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
    ],
    formatError: createFormatError(schema, { production: config.production }),
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const guard = config.secret ? [requireSubgraphSecret(config.secret)] : [];
  app.use('/graphql', ...guard, express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext(repository) }));
  httpServer.on('request', app);

  const port = await listen(httpServer, config.port);
  return { url: `http://localhost:${port}/graphql`, httpServer, stop: () => apollo.stop() };
}
