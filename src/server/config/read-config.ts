import { corpusDirectory } from '../../corpus-dir';
import { DEFAULT_COMPILE_AFTER } from '../../graphql/compiled-execution';
import { DEFAULT_MANIFEST } from '../plugins/trusted-documents';

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
  /** The largest request body accepted ("100kb"); larger ones get 413. */
  readonly bodyLimit: string;
  /** Whether a POST may carry an array of operations. */
  readonly httpBatching: boolean;
  /** How long a stop waits for in-flight requests before closing their connections. */
  readonly drainTimeoutMs: number;
  /** Slow clients: the longest a whole request, its headers, and an idle keep-alive may take. */
  readonly requestTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  /** Run only the operations of the persisted-documents manifest. */
  readonly trustedDocumentsOnly: boolean;
  /** The codegen manifest of persisted documents ({ "sha256:<hex>": document }). */
  readonly documentsManifest: string;
  /** Runs of an operation with graphql-js before graphql-jit compiles it; null: never compile. */
  readonly compileAfter: number | null;
}

/** The hosted Apollo Sandbox and Studio, calling a local graph from the browser. */
const APOLLO_ORIGINS = ['https://sandbox.embed.apollographql.com', 'https://studio.apollographql.com'];

/** CORS_ORIGINS=* : any browser origin may call the API. */
export const ANY_ORIGIN = '*';

/** In development: the server's own pages on its port (unknown before listening for port 0), and Apollo Sandbox and Studio. */
export function defaultCorsOrigins(port: number): string[] {
  return [...(port === 0 ? [] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`]), ...APOLLO_ORIGINS];
}

/** The `origin` option of the cors middleware for a list of origins: `*` (any origin) stays a wildcard. */
export function corsOriginOption(origins: readonly string[]): string | string[] {
  return origins.includes(ANY_ORIGIN) ? ANY_ORIGIN : [...origins];
}

const NODE_ENVS = ['production', 'development', 'test'];

export function readConfig(env: NodeJS.ProcessEnv = process.env, defaults: { port: number } = { port: 4000 }): ServerConfig {
  const bodyLimit = env.BODY_LIMIT || '100kb';
  if (!SIZE.test(bodyLimit)) {
    throw new Error(`BODY_LIMIT must be a size like 100kb or 1mb (got ${JSON.stringify(env.BODY_LIMIT)})`);
  }
  const port = integer(env, 'PORT', defaults.port, 0, 65535);
  return {
    port,
    production: nodeEnv(env) === 'production',
    corsOrigins: corsOrigins(env, port),
    corpusDir: corpusDirectory(env),
    subgraphSecret: env.SUBGRAPH_SECRET || undefined,
    bodyLimit,
    httpBatching: flag(env, 'HTTP_BATCHING'),
    drainTimeoutMs: integer(env, 'DRAIN_TIMEOUT_MS', 10_000, 0),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 1),
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', 10_000, 1),
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, 1),
    trustedDocumentsOnly: flag(env, 'TRUSTED_DOCUMENTS_ONLY'),
    documentsManifest: env.TRUSTED_DOCUMENTS_MANIFEST || DEFAULT_MANIFEST,
    compileAfter: compileAfter(env),
  };
}

/** NODE_ENV: production, development or test; unset (or empty) is development. */
function nodeEnv(env: NodeJS.ProcessEnv): string {
  const raw = env.NODE_ENV;
  if (raw === undefined || raw === '') return 'development';
  if (NODE_ENVS.includes(raw)) return raw;
  throw new Error(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (got ${JSON.stringify(raw)}); leave it unset for development`);
}

/**
 * CORS_ORIGINS: comma-separated origins as browsers send them (scheme, host, optional port),
 * or `*` alone for any origin; unset, the defaults for the server's port.
 */
function corsOrigins(env: NodeJS.ProcessEnv, port: number): readonly string[] {
  const raw = env.CORS_ORIGINS;
  if (raw === undefined || raw === '') return defaultCorsOrigins(port);
  const origins = raw.split(',').map((origin) => origin.trim()).filter(Boolean);
  const usage = 'set it to comma-separated origins like https://analysts.example.org,http://localhost:3000, or to * alone for any origin';
  if (origins.length === 0) throw new Error(`CORS_ORIGINS names no origin (got ${JSON.stringify(raw)}); ${usage}`);
  if (origins.includes(ANY_ORIGIN)) {
    if (origins.length > 1) throw new Error(`CORS_ORIGINS is either * (any origin) or a list of origins, not both (got ${JSON.stringify(raw)}); ${usage}`);
    return [ANY_ORIGIN];
  }
  for (const origin of origins) {
    const asSent = originOf(origin);
    if (asSent !== origin) {
      const instead = asSent ? `send ${asSent} instead, or ` : '';
      throw new Error(`CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin as browsers send it (scheme://host[:port], lower case, no path or trailing slash); ${instead}${usage}`);
    }
  }
  return origins;
}

/** The origin of a URL (scheme, host and port, as browsers send it), or undefined when it is no http(s) URL. */
function originOf(url: string): string | undefined {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** JIT_COMPILE_AFTER: a whole number of runs, or `off` for graphql-js only. */
function compileAfter(env: NodeJS.ProcessEnv): number | null {
  const raw = env.JIT_COMPILE_AFTER ?? '';
  if (raw.toLowerCase() === 'off') return null;
  if (raw === '' || /^\d+$/.test(raw)) return raw === '' ? DEFAULT_COMPILE_AFTER : Number(raw);
  throw new Error(`JIT_COMPILE_AFTER must be a whole number from 0 up, or off (got ${JSON.stringify(raw)}); leave it unset for ${DEFAULT_COMPILE_AFTER}`);
}

const SIZE = /^(\d+)(b|kb|mb)$/i;
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2 };

/** A BODY_LIMIT size ("100kb") in bytes, as body-parser counts it (1kb = 1024 bytes). */
export function sizeInBytes(size: string): number {
  const [, amount, unit] = SIZE.exec(size) ?? [];
  if (amount === undefined || unit === undefined) throw new Error(`not a size like 100kb or 1mb: ${JSON.stringify(size)}`);
  return Number(amount) * SIZE_UNITS[unit.toLowerCase()]!;
}

/** A whole number from the environment, within bounds, or its default when unset. */
export function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'} (got ${JSON.stringify(raw)}); leave it unset for ${fallback}`);
  }
  return value;
}

/** A yes/no switch from the environment: "1" or "true" turn it on. */
export function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').toLowerCase();
  if (['', '0', 'false'].includes(raw)) return false;
  if (['1', 'true'].includes(raw)) return true;
  throw new Error(`${name} must be 1 or 0 (got ${JSON.stringify(env[name])})`);
}
