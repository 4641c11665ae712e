import { createServer, Server } from 'node:http';
import { createCompiledExecutor, DEFAULT_COMPILE_AFTER } from '../../graphql/compiled-execution';
import { createContext } from '../../graphql/context';
import { buildClientSchema } from '../../graphql/schema';
import type { CorpusRepository } from '../../repository';
import { createApolloServer } from '../apollo/create-apollo-server';
import { type ApiGraphQL, createApiHandler, isApiRequest } from '../http/api-handler';
import type { ServerConfig } from '../config/read-config';
import { serverFeatures } from '../plugins/index';
import { createHttpApp } from '../http/status-routes';
import { answerClientError, refuseNonJsonPost } from '../http/errors';
import { Lifecycle } from '../http/lifecycle';
import { listen } from '../http/http-server';
import type { Logger } from '../plugins/observability';
import { DEFAULT_MANIFEST, persistedDocuments, readManifest } from '../plugins/trusted-documents';

export interface RunningServer {
  readonly url: string;
  readonly httpServer: Server;
  /** Drains: refuses new requests, lets in-flight ones finish (within the drain timeout), then closes. */
  stop(): Promise<void>;
}

export interface ClientServer extends RunningServer {
  readonly lifecycle: Lifecycle;
  /** Resolves once the corpus is loaded and the API answers; rejects if loading failed. */
  readonly ready: Promise<void>;
}

export type ServerSettings = Pick<ServerConfig, 'port' | 'production' | 'corsOrigins'> &
  Partial<ServerConfig> & {
    /** Where the features read their settings (limits, logging, …); process.env by default. */
    readonly env?: NodeJS.ProcessEnv;
    /** The logger for request logs; by default one built from LOG_LEVEL, writing to stdout. */
    readonly logger?: Logger;
  };

/**
 * Serves the client-facing graph. The server listens at once, so `/health` answers while
 * the corpus loads; the API and `/ready` open only when the whole corpus is loaded.
 * Given a loaded repository, it resolves when ready; given a loading function, once
 * listening, with `ready` to await.
 */
export async function startServer(
  corpus: CorpusRepository | (() => CorpusRepository | Promise<CorpusRepository>),
  settings: ServerSettings,
): Promise<ClientServer> {
  const config = {
    bodyLimit: '100kb',
    httpBatching: false,
    drainTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    headersTimeoutMs: 10_000,
    keepAliveTimeoutMs: 5_000,
    trustedDocumentsOnly: false,
    documentsManifest: DEFAULT_MANIFEST,
    compileAfter: DEFAULT_COMPILE_AFTER,
    ...settings,
  };
  // Persisted documents always run by id; in trusted-documents mode nothing else does.
  const documents = persistedDocuments(readManifest(config.documentsManifest), { trustedOnly: config.trustedDocumentsOnly });
  const features = serverFeatures(settings.env ?? process.env, { logger: settings.logger });
  const lifecycle = new Lifecycle();
  let graphql: ApiGraphQL | undefined;

  const httpServer = createServer({
    requestTimeout: config.requestTimeoutMs,
    headersTimeout: config.headersTimeoutMs,
    // How often Node checks those timeouts; its default (30 s) would outlast short ones.
    connectionsCheckingInterval: Math.min(1_000, config.headersTimeoutMs),
  });
  httpServer.keepAliveTimeout = config.keepAliveTimeoutMs;
  httpServer.on('clientError', answerClientError);
  const api = createApiHandler({
    corsOrigins: config.corsOrigins,
    refusals: [lifecycle.refuseUnlessReady, refuseNonJsonPost],
    bodyLimit: config.bodyLimit,
    steps: [...features.apiSteps, documents],
    graphql: () => graphql,
    logger: features.logger,
    requestLog: features.requestLog,
  });
  const app = createHttpApp({ lifecycle, routes: features.routes });
  httpServer.on('request', (req, res) => (isApiRequest(req) ? api(req, res) : app(req, res)));
  const port = await listen(httpServer, config.port);

  const schema = await buildClientSchema();
  const apollo = createApolloServer({
    schema,
    executor: config.compileAfter === null ? null : createCompiledExecutor(schema, { compileAfter: config.compileAfter }),
    production: config.production,
    httpServer,
    drainTimeoutMs: config.drainTimeoutMs,
    httpBatching: config.httpBatching,
    plugins: features.plugins,
    validationRules: features.validationRules,
  });
  const ready = (async () => {
    await new Promise((resolve) => setImmediate(resolve)); // answer /health before the load blocks
    const repository = typeof corpus === 'function' ? await corpus() : corpus;
    await apollo.start();
    graphql = { apollo, context: async (request) => createContext(repository, request) };
    lifecycle.ready();
  })();

  if (typeof corpus !== 'function') await ready;
  return {
    url: `http://localhost:${port}/graphql`,
    httpServer,
    lifecycle,
    ready,
    stop: async () => {
      lifecycle.drain();
      const started = await ready.then(
        () => true,
        () => false,
      );
      // Apollo's drain plugin closes the listener and waits for in-flight requests.
      if (started) await apollo.stop();
      else await closeNow(httpServer);
    },
  };
}

function closeNow(httpServer: Server): Promise<void> {
  return new Promise((resolve) => {
    httpServer.close(() => resolve());
    httpServer.closeAllConnections();
  });
}
