import { createCompiledExecutor } from '../../graphql/compiled-execution';
import { createContext } from '../../graphql/context';
import { checkDeadlineInResolvers } from '../../graphql/deadline';
import { buildClientSchema } from '../../graphql/schema';
import type { CorpusRepository } from '../../repository';
import { createApolloServer } from '../apollo/create-apollo-server';
import { type GraphConfig, readServerConfig, type ServerSettings } from '../config';
import { type ApiGraphQL, createApiHandler } from '../http/api-handler';
import { closeNow, createHttpServer, listen, routeRequests, type RunningServer } from '../http/http-server';
import { Lifecycle } from '../http/lifecycle';
import { refuseNonJsonPost } from '../http/refusals';
import { createStatusRoutes } from '../http/status-routes';
import { graphFeatures } from '../plugins';
import type { Logger } from '../plugins/observability';
import { drainThenStop, type StopOptions } from './drain';
import express from 'express';
import { createServer } from 'node:http';

export interface ClientServer extends RunningServer {
  /** With METRICS_PORT: where /metrics is served, apart from the API. */
  readonly metricsUrl?: string;
  readonly lifecycle: Lifecycle;
  /** Resolves once the corpus is loaded and the API answers; rejects if loading failed. */
  readonly ready: Promise<void>;
}

export type ClientServerSettings = ServerSettings<GraphConfig> & {
  /** The logger for request logs; by default one at the configured level, writing to stdout. */
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
  { env = process.env, logger, ...overrides }: ClientServerSettings,
): Promise<ClientServer> {
  const config = readServerConfig(env, 'graph', overrides);
  const features = graphFeatures(config, { logger });
  const lifecycle = new Lifecycle();
  let graphql: ApiGraphQL | undefined;

  const httpServer = createHttpServer(config.http);
  const api = createApiHandler({
    corsOrigins: config.http.corsOrigins,
    refusals: [lifecycle.refuseUnlessReady, refuseNonJsonPost],
    bodyLimit: config.http.bodyLimit,
    hooks: features.hooks,
    graphql: () => graphql,
    logger: features.logger,
    requestLog: features.requestLog,
  });
  routeRequests(httpServer, api, createStatusRoutes({ lifecycle, routes: features.routes }));
  const url = await listen(httpServer, config.http.port);
  // /metrics on a port of its own, to keep private (README: "Keeping /metrics private").
  const metricsServer = config.metrics.port === undefined ? undefined : createServer(express().get(features.metricsRoute.path, features.metricsRoute.handler));
  const metricsUrl = metricsServer && (await listen(metricsServer, config.metrics.port!)).replace(/\/graphql$/, '/metrics');

  const schema = checkDeadlineInResolvers(await buildClientSchema());
  const { compileAfter, maxCompiled, timeoutMs } = config.execution;
  const apollo = createApolloServer({
    schema,
    executor: compileAfter === null ? null : createCompiledExecutor(schema, { compileAfter, maxCompiled }),
    production: config.production,
    httpBatching: config.http.httpBatching,
    plugins: features.plugins,
    validationRules: features.validationRules,
  });
  const ready = (async () => {
    await new Promise((resolve) => setImmediate(resolve)); // answer /health before the load blocks
    const repository = typeof corpus === 'function' ? await corpus() : corpus;
    await apollo.start();
    graphql = { apollo, context: async (request) => createContext(repository, { ...request, timeoutMs }) };
    lifecycle.ready();
  })();

  if (typeof corpus !== 'function') await ready;
  const stop = async (options?: StopOptions) => {
    await drainThenStop(lifecycle, ready, apollo, httpServer, config.http, options);
    if (metricsServer) await closeNow(metricsServer);
  };
  return { url, metricsUrl, httpServer, lifecycle, ready, stop };
}
