import { join } from 'node:path';
import type { LevelWithSilent } from 'pino';
import { corpusDirectory } from '../../corpus-dir';
import { DEFAULT_COMPILE_AFTER, DEFAULT_MAX_COMPILED } from '../../graphql/compiled-execution';
import { parseCorsOrigins } from './cors-origins';

/** The environment the settings are read from: process.env, or a test's own object. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** One environment variable: what it means unset (or empty), and how a value is read. */
export interface Setting<T> {
  readonly default: T;
  /** Reads a value that is set; throws naming the variable, the value and what to set. `fallback`: the default in force. */
  readonly parse: (raw: string, name: string, fallback: T) => T;
}

/** The subgraph's port when PORT is unset (the client graph's is PORT's default). */
export const SUBGRAPH_DEFAULT_PORT = 4001;

/** The codegen manifest of persisted documents: { "sha256:<hex>": "<document>" }. */
export const DEFAULT_MANIFEST = join(__dirname, '..', '..', '..', 'client', 'generated', 'persisted-documents.json');

/**
 * The gateway's override of a subgraph's routing URL: `SUBGRAPH_URL_<NAME>`, NAME being the
 * subgraph's name in supergraph.yaml upper-cased, every other character than A–Z and 0–9 as `_`
 * (as Apollo Router's override_subgraph_url); the committed supergraph stays as it is.
 */
export const SUBGRAPH_URL_PREFIX = 'SUBGRAPH_URL_';

/** The variable that overrides the routing URL of the subgraph named `name`. */
export function subgraphUrlVariable(name: string): string {
  return SUBGRAPH_URL_PREFIX + name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** pino's levels, most to least severe; `silent` logs nothing. */
export const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const NODE_ENVS = ['production', 'development', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/**
 * Every variable the servers read, with its default: the one place both are declared.
 * README's settings table documents each (tests/readme.test.ts checks it); config/read-config.ts
 * hands each server and feature its typed slice.
 */
export const SETTINGS = {
  // The HTTP server
  PORT: wholeNumber(4000, 0, 65_535),
  /** The interface every server listens on; unset: all of them (Node's default). */
  HOST: setting<string | undefined>({
    default: undefined,
    parse: (raw, name) => {
      if (/^[A-Za-z0-9.:_-]+$/.test(raw)) return raw;
      throw new Error(
        `${name} must be an address or host name to listen on, e.g. 127.0.0.1 or 0.0.0.0 (got ${JSON.stringify(raw)}); leave it unset for every interface`,
      );
    },
  }),
  NODE_ENV: setting<NodeEnv>({
    default: 'development',
    parse: (raw, name) => {
      if ((NODE_ENVS as readonly string[]).includes(raw)) return raw as NodeEnv;
      throw new Error(`${name} must be one of ${NODE_ENVS.join(', ')} (got ${JSON.stringify(raw)}); leave it unset for development`);
    },
  }),
  CORPUS_DIR: setting<string>({ default: corpusDirectory({}), parse: (raw) => corpusDirectory({ CORPUS_DIR: raw }) }),
  /** The client graph and the subgraph reload CORPUS_DIR when its files change (src/server/corpus/). */
  CORPUS_WATCH: onOff(true),
  CORPUS_RELOAD_DEBOUNCE_MS: wholeNumber(300, 0, 60_000),
  CORPUS_MAX_FILE_MB: wholeNumber(16, 1),
  /** Unset: the server's own origins on its port, and Apollo Sandbox and Studio (defaultCorsOrigins). */
  CORS_ORIGINS: setting<readonly string[] | undefined>({ default: undefined, parse: (raw) => parseCorsOrigins(raw) }),
  BODY_LIMIT: size('100kb'),
  /** The subgraph's body limit: a router's `_entities` requests carry many representations. */
  SUBGRAPH_BODY_LIMIT: size('1mb'),
  HTTP_BATCHING: onOff(false),
  MAX_BATCH_SIZE: wholeNumber(10, 1),
  DRAIN_GRACE_MS: wholeNumber(5_000, 0),
  DRAIN_TIMEOUT_MS: wholeNumber(10_000, 0),
  REQUEST_TIMEOUT_MS: wholeNumber(30_000, 1),
  HEADERS_TIMEOUT_MS: wholeNumber(10_000, 1),
  KEEP_ALIVE_TIMEOUT_MS: wholeNumber(5_000, 1),
  // The pages: in production, /explorer's docs need introspection, which is off unless this is on.
  EXPLORER: onOff(false),
  // Trusted documents and execution
  TRUSTED_DOCUMENTS_ONLY: onOff(false),
  TRUSTED_DOCUMENTS_MANIFEST: text(DEFAULT_MANIFEST),
  JIT_COMPILE_AFTER: setting<number | null>({
    default: DEFAULT_COMPILE_AFTER,
    parse: (raw, name, fallback) => {
      if (raw.toLowerCase() === 'off') return null;
      if (/^\d+$/.test(raw)) return Number(raw);
      throw new Error(`${name} must be a whole number from 0 up, or off (got ${JSON.stringify(raw)}); leave it unset for ${fallback}`);
    },
  }),
  JIT_MAX_COMPILED: wholeNumber(DEFAULT_MAX_COMPILED, 0),
  EXECUTION_TIMEOUT_MS: wholeNumber(5_000, 1),
  // Observability
  LOG_LEVEL: setting<LevelWithSilent>({
    default: 'info',
    parse: (raw, name, fallback) => {
      const level = raw.trim().toLowerCase() as LevelWithSilent;
      if (LOG_LEVELS.includes(level)) return level;
      throw new Error(`${name} must be one of ${LOG_LEVELS.join(', ')} (got ${JSON.stringify(raw)}); leave it unset for ${fallback}`);
    },
  }),
  /** Unset: /metrics on the API's port. */
  METRICS_PORT: setting<number | undefined>({
    default: undefined,
    parse: (raw, name) => {
      const port = Number(raw);
      if (Number.isInteger(port) && port >= 0 && port <= 65_535) return port;
      throw new Error(`${name} must be a port from 0 to 65535 (got ${JSON.stringify(raw)}); leave it unset to serve /metrics on the API's port`);
    },
  }),
  // Query limits: about 3× what the example operations need (tests/limits/defaults.test.ts
  // measures them); README's cost model explains MAX_COST's figure.
  MAX_QUERY_CHARS: wholeNumber(3_000, 1),
  MAX_TOKENS: wholeNumber(250, 1),
  MAX_DEPTH: wholeNumber(10, 1),
  MAX_ALIASES: wholeNumber(15, 0),
  MAX_DIRECTIVES: wholeNumber(10, 0),
  MAX_COST: wholeNumber(10_000, 1),
  // Search pricing (issue 18): docs/performance/search-pricing.md has the figures.
  MAX_ID_LENGTH: wholeNumber(200, 1),
  MAX_SEARCHES: wholeNumber(3, 0),
  MAX_SEARCH_TERMS: wholeNumber(6, 1),
  BLOCK_FIELD_SUGGESTIONS: onOff(true),
  /** 100: no fair shares (plugins/limits/fair-share.ts). */
  FAIR_SHARE_PERCENT: wholeNumber(25, 1, 100),
  FAIR_SHARE_MAX_WAITING: wholeNumber(32, 1),
  COST_BUDGET: wholeNumber(0, 0),
  COST_BUDGET_WINDOW_SECONDS: wholeNumber(60, 1),
  COST_BUDGET_KEY_HEADER: text('x-api-key'),
  /** Unset: each process counts its own budgets; set, replicas share them (plugins/limits/budget-store.ts). */
  REDIS_URL: setting<string | undefined>({ default: undefined, parse: (raw, name) => parseRedisUrl(raw, name) }),
  /** How long a start waits for REDIS_URL to answer before it stops: room for a Redis started alongside. */
  REDIS_CONNECT_TIMEOUT_MS: wholeNumber(5_000, 1, 600_000),
  /** How long one count waits for Redis before the process counts it alone (a Redis that hangs). */
  REDIS_COMMAND_TIMEOUT_MS: wholeNumber(500, 1, 60_000),
  // The response cache
  RESPONSE_CACHE: onOff(true),
  RESPONSE_CACHE_MAX_MB: wholeNumber(64, 1, 65_536),
  RESPONSE_CACHE_MAX_ENTRY_KB: wholeNumber(1_024, 1),
  CACHE_MAX_AGE_SECONDS: wholeNumber(300, 0),
  // Federation
  SUBGRAPH_SECRET: setting<string | undefined>({ default: undefined, parse: (raw) => raw }),
  SUBGRAPH_TIMEOUT_MS: wholeNumber(10_000, 1),
};

export type SettingName = keyof typeof SETTINGS;
export type SettingValue<N extends SettingName> = (typeof SETTINGS)[N] extends Setting<infer T> ? T : never;

/** A variable's value: its default when unset or empty (or `fallback`, where the default depends on another setting). */
export function readSetting<N extends SettingName>(env: Environment, name: N, fallback?: SettingValue<N>): SettingValue<N> {
  const setting = SETTINGS[name] as unknown as Setting<SettingValue<N>>;
  const inForce = fallback === undefined ? setting.default : fallback;
  const raw = env[name];
  return raw === undefined || raw === '' ? inForce : setting.parse(raw, name, inForce);
}

/** Declares a setting of type T (the table's entries keep their own types). */
function setting<T>(declared: Setting<T>): Setting<T> {
  return declared;
}

function wholeNumber(fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): Setting<number> {
  return {
    default: fallback,
    parse: (raw, name, inForce) => {
      const value = Number(raw);
      if (Number.isInteger(value) && value >= min && value <= max) return value;
      throw new Error(
        `${name} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'} (got ${JSON.stringify(raw)}); leave it unset for ${inForce}`,
      );
    },
  };
}

/** A yes/no switch: "1" or "true" turn it on, "0" or "false" off. */
function onOff(fallback: boolean): Setting<boolean> {
  return {
    default: fallback,
    parse: (raw, name) => {
      const value = raw.toLowerCase();
      if (['0', 'false'].includes(value)) return false;
      if (['1', 'true'].includes(value)) return true;
      throw new Error(`${name} must be 1 or 0 (got ${JSON.stringify(raw)})`);
    },
  };
}

/** A body size in body-parser's notation: "100kb", "1mb". */
function size(fallback: string): Setting<string> {
  return {
    default: fallback,
    parse: (raw, name) => {
      if (SIZE.test(raw)) return raw;
      throw new Error(`${name} must be a size like 100kb or 1mb (got ${JSON.stringify(raw)})`);
    },
  };
}

function text(fallback: string): Setting<string> {
  return { default: fallback, parse: (raw) => raw };
}

/** A redis:// or rediss:// URL; the value is not repeated in the error, as it may hold a password. */
function parseRedisUrl(raw: string, name: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url && url.hostname !== '' && (url.protocol === 'redis:' || url.protocol === 'rediss:')) return raw;
  const got = !url ? 'something that is not a URL' : !['redis:', 'rediss:'].includes(url.protocol) ? `scheme ${url.protocol}` : 'a URL without a host';
  throw new Error(
    `${name} must be a redis:// or rediss:// (TLS) URL with a host, e.g. redis://redis.internal:6379 or rediss://:password@redis.internal:6380/0 (got ${got}); leave it unset to count budgets in each process`,
  );
}

const SIZE = /^(\d+)(b|kb|mb)$/i;
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2 };

/** A BODY_LIMIT size ("100kb") in bytes, as body-parser counts it (1kb = 1024 bytes). */
export function sizeInBytes(size: string): number {
  const [, amount, unit] = SIZE.exec(size) ?? [];
  if (amount === undefined || unit === undefined) throw new Error(`not a size like 100kb or 1mb: ${JSON.stringify(size)}`);
  return Number(amount) * SIZE_UNITS[unit.toLowerCase()]!;
}
