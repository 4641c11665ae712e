/**
 * Real servers for the observability tests: startServer on a loopback port, with a logger
 * whose JSON lines stay in memory, and small fetch helpers.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { CorpusRepository } from '../../src/repository';
import { readServerConfig } from '../../src/server/config';
import { createLogger } from '../../src/server/plugins/observability';
import { ClientServer, type ClientServerSettings, startServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';

export const PERSON_STATEMENTS = readFileSync(join(__dirname, '..', '..', 'schema', 'operations', 'PersonStatements.graphql'), 'utf8');

/** One parsed log line: pino's fields (level, time, msg, …) and the call's. */
export type LogLine = Record<string, unknown> & { level: string; msg: string };

export interface ObservedServer {
  readonly server: ClientServer;
  /** Every line logged so far, parsed, oldest first. */
  readonly logs: LogLine[];
  post(query: string, options?: { headers?: Record<string, string>; operationName?: string; variables?: Record<string, unknown> }): Promise<Response>;
  metrics(): Promise<string>;
  stop(): Promise<void>;
}

let seedRepository: CorpusRepository | undefined;

export function seedRepositoryOnce(): CorpusRepository {
  seedRepository ??= loadSeedRepository();
  return seedRepository;
}

/**
 * A server over `repository` (the seeds by default) logging into memory at `logLevel`.
 * The response cache is off unless `env` turns it on: these tests count the operations
 * Apollo executes, and a cache hit executes none (tests/server/response-cache covers hits).
 */
export async function startObservedServer(
  options: { repository?: CorpusRepository | (() => Promise<CorpusRepository>); production?: boolean; env?: NodeJS.ProcessEnv; logLevel?: string } = {},
): Promise<ObservedServer> {
  const logs: LogLine[] = [];
  const logger = createLogger(readServerConfig({ LOG_LEVEL: options.logLevel ?? 'info' }).logging, { write: (line) => logs.push(JSON.parse(line) as LogLine) });
  const settings: ClientServerSettings = {
    production: options.production ?? false,
    http: { port: 0, corsOrigins: [] },
    env: { RESPONSE_CACHE: '0', ...options.env },
    logger,
  };
  const server = await startServer(options.repository ?? seedRepositoryOnce(), settings);
  const origin = new URL(server.url).origin;
  return {
    server,
    logs,
    post: (query, { headers = {}, operationName, variables } = {}) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, operationName, variables }),
      }),
    metrics: async () => {
      const response = await fetch(`${origin}/metrics`);
      expect(response.status).toBe(200);
      return response.text();
    },
    stop: () => server.stop(),
  };
}

/** The request lines (one per request to the API) of the logs. */
export function requestLines(logs: readonly LogLine[]): LogLine[] {
  return logs.filter((line) => line.msg === 'graphql request');
}

/** A repository whose `methods` throw `error`; everything else answers as the real one does. */
export function failingRepository(inner: CorpusRepository, methods: readonly (keyof CorpusRepository)[], error: Error): CorpusRepository {
  return new Proxy(inner, {
    get(target, property, receiver) {
      if ((methods as readonly PropertyKey[]).includes(property)) {
        return () => {
          throw error;
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Sends half of a POST's body to `url` (with `requestId`, when given), then goes away. */
export async function abandonMidBody(url: string, requestId?: string): Promise<void> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  const id = requestId === undefined ? '' : `x-request-id: ${requestId}\r\n`;
  socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\n${id}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query": "{ peo`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  socket.destroy();
}
