import express from 'express';
import { createServer, type Server } from 'node:http';
import type { HttpConfig, MetricsConfig } from '../config';
import { closeNow, listen } from '../http/http-server';
import type { Route } from '../http/status-routes';

/** /metrics on a port of its own (METRICS_PORT). */
export interface MetricsServer {
  /** Where /metrics is served, apart from the API. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a server's /metrics on METRICS_PORT, apart from its API, so that only the scraper
 * reaches it (README: "Keeping /metrics private"); the same for all three servers.
 * Undefined when METRICS_PORT is unset: the status routes serve /metrics on the API's port.
 */
export async function serveMetricsApart(route: Route, config: MetricsConfig, host: string | undefined): Promise<MetricsServer | undefined> {
  if (config.port === undefined) return undefined;
  const server = createServer(express().disable('x-powered-by').get(route.path, route.handler));
  const url = (await listen(server, config.port, host, 'METRICS_PORT')).replace(/\/graphql$/, route.path);
  return { url, close: () => closeNow(server) };
}

/**
 * As serveMetricsApart, for a server whose API already listens: when METRICS_PORT cannot be
 * listened on, stops Apollo and closes the API's listener first, so the process can exit with the message.
 */
export async function serveMetricsApartOrStop(
  route: Route,
  config: { readonly metrics: MetricsConfig; readonly http: Pick<HttpConfig, 'host'> },
  apollo: { stop(): Promise<void> },
  httpServer: Server,
): Promise<MetricsServer | undefined> {
  try {
    return await serveMetricsApart(route, config.metrics, config.http.host);
  } catch (error) {
    await apollo.stop();
    await closeNow(httpServer);
    throw error;
  }
}
