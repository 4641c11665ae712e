import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import type { HttpConfig } from '../config';
import { answerClientError } from './errors';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

export interface StopOptions {
  /**
   * How long `/ready` answers 503 while the listener keeps serving, before it closes: the time a
   * load balancer or Kubernetes takes to notice and stop sending (DRAIN_GRACE_MS on SIGTERM).
   */
  readonly graceMs?: number;
}

/** A server started by this project: its API's URL, and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly httpServer: Server;
  /** Drains (servers/drain.ts): `/ready` 503, a grace period (none unless given), then no new connections; in-flight requests finish (within the drain timeout). */
  stop(options?: StopOptions): Promise<void>;
}

/** A connection's requests: how many it carried, and how many are in flight. */
interface ConnectionState {
  requests: number;
  inFlight: number;
}

/** Per server: the answers in flight, its open connections, and whether connections close after their answers (a drain). */
const answers = new WeakMap<Server, { readonly inFlight: Set<ServerResponse>; readonly connections: Map<Socket, ConnectionState>; closing: boolean }>();

/** Notes the answers in flight and each connection's requests, so that a drain can close each connection once it carries no request. */
function trackAnswers(httpServer: Server): Server {
  const tracked = { inFlight: new Set<ServerResponse>(), connections: new Map<Socket, ConnectionState>(), closing: false };
  answers.set(httpServer, tracked);
  httpServer.on('connection', (socket: Socket) => {
    tracked.connections.set(socket, { requests: 0, inFlight: 0 });
    socket.once('close', () => tracked.connections.delete(socket));
  });
  httpServer.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (tracked.closing) res.setHeader('Connection', 'close');
    tracked.inFlight.add(res);
    const connection = tracked.connections.get(req.socket);
    if (connection) {
      connection.requests += 1;
      connection.inFlight += 1;
    }
    res.once('close', () => {
      tracked.inFlight.delete(res);
      if (connection) connection.inFlight -= 1;
      // An answer whose headers went out before the drain left its connection open: closed once
      // idle, when the listener has closed (before, a client may be sending on it again).
      if (tracked.closing && !httpServer.listening && connection?.inFlight === 0) req.socket.destroy();
    });
  });
  return httpServer;
}

/**
 * Stops accepting connections, and closes each open one once it carries no request: at once
 * those that already answered (keep-alive connections, idle), after `freshMs` those that have
 * not yet carried a request. A connection accepted a moment ago has its request on the way:
 * http.Server's close would count it idle and reset it, dropping a request the client sent.
 * Resolves once every connection has closed.
 */
export function stopAccepting(httpServer: Server, freshMs: number): Promise<void> {
  return new Promise((resolve) => {
    const tracked = answers.get(httpServer);
    if (!tracked) return void httpServer.close(() => resolve());
    net.Server.prototype.close.call(httpServer, () => {
      clearTimeout(fresh);
      resolve();
    });
    const closeIdle = (includeFresh: boolean) => {
      for (const [socket, { requests, inFlight }] of tracked.connections) if (inFlight === 0 && (requests > 0 || includeFresh)) socket.destroy();
    };
    closeIdle(false);
    const fresh = setTimeout(() => closeIdle(true), freshMs);
  });
}

/**
 * From now on every answer says `Connection: close`, and Node closes its connection once it is
 * sent: those in flight (whose headers are not out yet) and those to come.
 */
export function closeConnectionsAfterAnswers(httpServer: Server): void {
  const tracked = answers.get(httpServer);
  if (!tracked) return;
  tracked.closing = true;
  for (const res of tracked.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
}

/** A node:http server with the slow-client timeouts, whose parser's refusals are answered as JSON errors. */
export function createHttpServer(timeouts?: Pick<HttpConfig, 'requestTimeoutMs' | 'headersTimeoutMs' | 'keepAliveTimeoutMs'>): Server {
  if (!timeouts) return trackAnswers(createServer());
  const httpServer = createServer({
    requestTimeout: timeouts.requestTimeoutMs,
    headersTimeout: timeouts.headersTimeoutMs,
    // How often Node checks those timeouts; its default (30 s) would outlast short ones.
    connectionsCheckingInterval: Math.min(1_000, timeouts.headersTimeoutMs),
  });
  httpServer.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  httpServer.on('clientError', answerClientError);
  return trackAnswers(httpServer);
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
export async function listen(httpServer: Server, port: number, host?: string, portVariable = 'PORT'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => reject(listenError(error, port, host, portVariable));
    httpServer.once('error', failed);
    httpServer.listen(port, host, () => {
      httpServer.off('error', failed);
      resolve();
    });
  });
  const shown = host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${(httpServer.address() as AddressInfo).port}/graphql`;
}

function listenError(error: NodeJS.ErrnoException, port: number, host: string | undefined, portVariable: string): Error {
  const where = `${host ?? 'every interface'} port ${port}`;
  if (error.code === 'EADDRINUSE') {
    return new Error(
      `Cannot listen on ${where}: another process is using it (EADDRINUSE). Set ${portVariable} to a free port (${portVariable}=0 picks one), or stop the other process.`,
    );
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new Error(
      `Cannot listen on ${where}: HOST is not an address of this machine (${error.code}). Set HOST to one of its addresses, e.g. 127.0.0.1, or leave it unset for every interface.`,
    );
  }
  if (error.code === 'EACCES') return new Error(`Cannot listen on ${where}: not allowed (EACCES). Set ${portVariable} to a port from 1024 up.`);
  return error;
}

/** Closes at once, dropping open connections: for a server whose Apollo never started. */
export function closeNow(httpServer: Server): Promise<void> {
  return new Promise((resolve) => {
    httpServer.close(() => resolve());
    httpServer.closeAllConnections();
  });
}
