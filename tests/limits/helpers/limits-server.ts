/**
 * A real server (startServer on a loopback port, over the seed corpus) whose features read
 * the given environment, and a client that POSTs queries to it as JSON.
 */
import { startServer, type ClientServer } from '../../../src/server/servers/graph-server';
import { loadSeedRepository } from '../../helpers/seeds';

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
  extensions?: Record<string, unknown>;
}

export interface Answer {
  readonly status: number;
  readonly body: GraphQLBody;
}

export interface LimitsServer {
  readonly server: ClientServer;
  /** POSTs `{ query }`; asks for application/graphql-response+json, so request errors answer 4xx. */
  post(query: string): Promise<Answer>;
  stop(): Promise<void>;
}

export async function startLimitsServer(env: NodeJS.ProcessEnv = {}, { production = false } = {}): Promise<LimitsServer> {
  const server = await startServer(loadSeedRepository(), { production, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent', ...env } });
  return {
    server,
    async post(query: string) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody };
    },
    stop: () => server.stop(),
  };
}

/** The codes of an answer's errors. */
export function codesOf(answer: Answer): string[] {
  return (answer.body.errors ?? []).map((error) => String(error.extensions?.code));
}

/** The one error of an answer with this code; fails when there is none. */
export function errorWithCode(answer: Answer, code: string) {
  const error = answer.body.errors?.find((e) => e.extensions?.code === code);
  if (!error) throw new Error(`expected an error with code ${code}, got ${JSON.stringify(answer.body)}`);
  return error;
}
