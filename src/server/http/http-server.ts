import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpConfig } from '../config';
import { answerClientError } from './errors';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** A server started by this project: its API's URL, and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly httpServer: Server;
  /** Drains: refuses new requests, lets in-flight ones finish (within the drain timeout), then closes. */
  stop(): Promise<void>;
}

/** A node:http server with the slow-client timeouts, whose parser's refusals are answered as JSON errors. */
export function createHttpServer(timeouts?: Pick<HttpConfig, 'requestTimeoutMs' | 'headersTimeoutMs' | 'keepAliveTimeoutMs'>): Server {
  if (!timeouts) return createServer();
  const httpServer = createServer({
    requestTimeout: timeouts.requestTimeoutMs,
    headersTimeout: timeouts.headersTimeoutMs,
    // How often Node checks those timeouts; its default (30 s) would outlast short ones.
    connectionsCheckingInterval: Math.min(1_000, timeouts.headersTimeoutMs),
  });
  httpServer.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  httpServer.on('clientError', answerClientError);
  return httpServer;
}

/** Whether a request is for the API: /graphql (with a query string, or a trailing slash). */
export function isApiRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  const end = url.indexOf('?');
  const path = (end === -1 ? url : url.slice(0, end)).toLowerCase();
  return path === '/graphql' || path === '/graphql/';
}

/** Where the exports are served: beside /graphql (see export-routes.ts). */
export const EXPORT_PREFIX = '/export/';

/** Whether a request is for an export. */
export function isExportRequest(req: IncomingMessage): boolean {
  return (req.url ?? '').toLowerCase().startsWith(EXPORT_PREFIX);
}

/** Sends /graphql to the API handler, /export/… to the exports (where the server has them), and everything else to the status routes. */
export function routeRequests(httpServer: Server, api: RequestListener, statusRoutes: RequestListener, exports?: RequestListener): void {
  httpServer.on('request', (req, res) => {
    if (isApiRequest(req)) return api(req, res);
    if (exports && isExportRequest(req)) return exports(req, res);
    return statusRoutes(req, res);
  });
}

/**
 * Starts listening on `port` (and `host`: every interface when unset); resolves with the API's URL
 * (port 0 picks a free one, for tests). A port in use, or an address not on this machine, rejects
 * with a message naming the setting to change rather than Node's bare EADDRINUSE.
 */
export async function listen(httpServer: Server, port: number, host?: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => reject(listenError(error, port, host));
    httpServer.once('error', failed);
    httpServer.listen(port, host, () => {
      httpServer.off('error', failed);
      resolve();
    });
  });
  const shown = host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${(httpServer.address() as AddressInfo).port}/graphql`;
}

function listenError(error: NodeJS.ErrnoException, port: number, host: string | undefined): Error {
  const where = `${host ?? 'every interface'} port ${port}`;
  if (error.code === 'EADDRINUSE') {
    return new Error(
      `Cannot listen on ${where}: another process is using it (EADDRINUSE). Set PORT to a free port (PORT=0 picks one), or stop the other process.`,
    );
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new Error(
      `Cannot listen on ${where}: HOST is not an address of this machine (${error.code}). Set HOST to one of its addresses, e.g. 127.0.0.1, or leave it unset for every interface.`,
    );
  }
  if (error.code === 'EACCES') return new Error(`Cannot listen on ${where}: not allowed (EACCES). Set PORT to a port from 1024 up.`);
  return error;
}

/** Closes at once, dropping open connections: for a server whose Apollo never started. */
export function closeNow(httpServer: Server): Promise<void> {
  return new Promise((resolve) => {
    httpServer.close(() => resolve());
    httpServer.closeAllConnections();
  });
}
