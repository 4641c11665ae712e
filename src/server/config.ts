import { corpusDirectory } from '../corpus-dir';

/** Everything the servers read from their environment, checked once at start. */
export interface ServerConfig {
  readonly port: number;
  /** NODE_ENV=production: no stack traces, no schema hints in errors, the production landing page. */
  readonly production: boolean;
  /** Browser origins allowed to call the API (CORS). */
  readonly corsOrigins: readonly string[];
  readonly corpusDir: string;
  /** The secret a router or gateway shares with the subgraph; unset: the subgraph is open. */
  readonly subgraphSecret?: string;
}

/** In development: the server's own pages, and Apollo Sandbox and Studio calling a local graph. */
export const DEFAULT_CORS_ORIGINS = [
  'http://localhost:4000',
  'http://127.0.0.1:4000',
  'https://sandbox.embed.apollographql.com',
  'https://studio.apollographql.com',
];

export function readConfig(env: NodeJS.ProcessEnv = process.env, defaults: { port: number } = { port: 4000 }): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? defaults.port : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (got ${JSON.stringify(env.PORT)}); leave it unset for ${defaults.port}`);
  }
  const corsOrigins = env.CORS_ORIGINS
    ? env.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean)
    : DEFAULT_CORS_ORIGINS;
  return {
    port,
    production: env.NODE_ENV === 'production',
    corsOrigins,
    corpusDir: corpusDirectory(env),
    subgraphSecret: env.SUBGRAPH_SECRET || undefined,
  };
}
