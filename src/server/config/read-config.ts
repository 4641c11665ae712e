import type { LevelWithSilent } from 'pino';
import { defaultCorsOrigins } from './cors-origins';
import { type Environment, readSetting, type SettingName, type SettingValue, SUBGRAPH_DEFAULT_PORT } from './settings';

/** The HTTP server and the API's HTTP handling. */
export interface HttpConfig {
  /** PORT; 0 picks a free one. */
  readonly port: number;
  /** HOST: the interface to listen on; undefined: every interface. */
  readonly host?: string;
  /** CORS_ORIGINS: browser origins allowed to call the API (`*`: any). */
  readonly corsOrigins: readonly string[];
  /** BODY_LIMIT (the subgraph's: SUBGRAPH_BODY_LIMIT): the largest request body ("100kb"); larger ones get 413. */
  readonly bodyLimit: string;
  /** HTTP_BATCHING: whether a POST may carry an array of operations. */
  readonly httpBatching: boolean;
  /** MAX_BATCH_SIZE: the most operations one batch may carry; each operation's limits apply to each. */
  readonly maxBatchSize: number;
  /** DRAIN_GRACE_MS: on SIGTERM, how long `/ready` answers 503 while the listener keeps serving, before it closes. */
  readonly drainGraceMs: number;
  /** DRAIN_TIMEOUT_MS: how long a stop waits for in-flight requests before closing their connections. */
  readonly drainTimeoutMs: number;
  /** REQUEST_TIMEOUT_MS, HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS: slow clients and idle connections. */
  readonly requestTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
}

/** Persisted and trusted documents (plugins/trusted-documents.ts). */
export interface TrustedDocumentsConfig {
  /** TRUSTED_DOCUMENTS_ONLY: run only the manifest's operations. */
  readonly trustedOnly: boolean;
  /** TRUSTED_DOCUMENTS_MANIFEST: the codegen manifest ({ "sha256:<hex>": document }). */
  readonly manifest: string;
}

export interface ExecutionConfig {
  /** JIT_COMPILE_AFTER: runs of an operation with graphql-js before graphql-jit compiles it; null: never. */
  readonly compileAfter: number | null;
  /** JIT_MAX_COMPILED: compiled operations kept, least recently run dropped first (0: none). */
  readonly maxCompiled: number;
  /** EXECUTION_TIMEOUT_MS: how long one request may run before it is stopped (EXECUTION_DEADLINE_EXCEEDED). */
  readonly timeoutMs: number;
}

export interface LoggingConfig {
  /** LOG_LEVEL; silent by default under Jest (NODE_ENV=test). */
  readonly level: LevelWithSilent;
}

export interface MetricsConfig {
  /** METRICS_PORT: /metrics on a port of its own (not the API's); undefined: on the API's port. */
  readonly port?: number;
}

/** How large a query the public API accepts (plugins/limits/). */
export interface LimitsConfig {
  /** MAX_QUERY_CHARS: the longest query text, in characters; checked before parsing. */
  readonly maxQueryChars: number;
  /** MAX_TOKENS: the most lexical tokens (names, punctuation, values) in a query; checked before parsing. */
  readonly maxTokens: number;
  /** MAX_DEPTH: how deep fields may nest (fragments do not count as levels). */
  readonly maxDepth: number;
  /** MAX_ALIASES: the most aliases in an operation, fragments included. */
  readonly maxAliases: number;
  /** MAX_DIRECTIVES: the most directives (@include, @skip, …) in an operation. */
  readonly maxDirectives: number;
  /** MAX_COST: the most objects one operation may answer with (see graphql/cost/estimate-cost.ts). */
  readonly maxCost: number;
  /** MAX_ID_LENGTH: the longest id an argument or variable may carry. */
  readonly maxIdLength: number;
  /** MAX_SEARCHES: the most `search` fields one operation may run. */
  readonly maxSearches: number;
  /** MAX_SEARCH_TERMS: the most terms (words) one search may look for. */
  readonly maxSearchTerms: number;
  /** Cost points per client and window; undefined (COST_BUDGET unset or 0): no budgets. */
  readonly costBudget?: CostBudgetConfig;
  /** Each client's share of the server's time for requests no cache answers (plugins/limits/fair-share.ts). */
  readonly fairShare: FairShareConfig;
  /** BLOCK_FIELD_SUGGESTIONS: leave "Did you mean …?" hints out of errors. */
  readonly blockFieldSuggestions: boolean;
}

export interface FairShareConfig {
  /** FAIR_SHARE_PERCENT: the most of the server's time one client's uncached requests take while others are served; 100: no bound. */
  readonly percent: number;
  /** FAIR_SHARE_MAX_WAITING: how many of one client's requests may wait for its share; the next is refused 429. */
  readonly maxWaiting: number;
  /** COST_BUDGET_KEY_HEADER, lower case: the request header that names a client; without it, the client's address. */
  readonly keyHeader: string;
}

export interface CostBudgetConfig {
  /** COST_BUDGET: the cost points one client may spend per window. */
  readonly points: number;
  /** COST_BUDGET_WINDOW_SECONDS: how long a window lasts; a client's budget is whole again after it. */
  readonly windowSeconds: number;
  /** COST_BUDGET_KEY_HEADER, lower case: the request header that names a client; without it, the client's address. */
  readonly keyHeader: string;
  /** REDIS_URL: where replicas count budgets together; undefined: each process counts its own. */
  readonly redisUrl?: string;
  /** REDIS_CONNECT_TIMEOUT_MS: how long a start waits for REDIS_URL to answer before it stops. */
  readonly redisConnectTimeoutMs: number;
  /** REDIS_COMMAND_TIMEOUT_MS: how long one count waits for Redis before the process counts it alone. */
  readonly redisCommandTimeoutMs: number;
}

export interface ResponseCacheConfig {
  /** RESPONSE_CACHE. */
  readonly enabled: boolean;
  /** RESPONSE_CACHE_MAX_MB, in bytes: the memory the cached answers may take. */
  readonly maxBytes: number;
  /** RESPONSE_CACHE_MAX_ENTRY_KB, in bytes: larger answers are not kept. */
  readonly maxEntryBytes: number;
  /** CACHE_MAX_AGE_SECONDS: `Cache-Control: max-age` of GET answers. */
  readonly maxAgeSeconds: number;
}

/** The corpus of the client graph and of the subgraph, as it changes (src/server/corpus/). */
export interface CorpusWatchConfig {
  /** CORPUS_WATCH: reload CORPUS_DIR when its files change. */
  readonly watch: boolean;
  /** CORPUS_RELOAD_DEBOUNCE_MS: how long the files must be quiet before a reload. */
  readonly reloadDebounceMs: number;
}

/** What every server reads. */
export interface CommonConfig {
  /** NODE_ENV=production: no stack traces, no schema hints in errors, the production landing page. */
  readonly production: boolean;
  /** CORPUS_DIR: the corpus to serve. */
  readonly corpusDir: string;
  /** CORPUS_MAX_FILE_MB, in bytes: the largest article or annotation file the loader reads. */
  readonly corpusMaxFileBytes: number;
  /** SUBGRAPH_SECRET: the secret the gateway sends and the subgraph requires; unset: the subgraph is open. */
  readonly subgraphSecret?: string;
  readonly http: HttpConfig;
  readonly trustedDocuments: TrustedDocumentsConfig;
  readonly execution: ExecutionConfig;
  readonly logging: LoggingConfig;
  readonly metrics: MetricsConfig;
}

/** The client-facing graph (`npm start`): every production feature. */
export interface GraphConfig extends CommonConfig {
  /** EXPLORER: answer introspection in production too, so /explorer has its docs (development always does). */
  readonly explorer: boolean;
  readonly limits: LimitsConfig;
  readonly responseCache: ResponseCacheConfig;
  readonly corpus: CorpusWatchConfig;
}

/** The subgraph (`npm run start:subgraph`): the API for a router, without the public's limits. */
export interface SubgraphConfig extends CommonConfig {
  readonly corpus: CorpusWatchConfig;
}

export interface GatewayConfig extends CommonConfig {
  /** SUBGRAPH_TIMEOUT_MS: the gateway's patience with a subgraph. */
  readonly subgraphTimeoutMs: number;
  /** The client graph's query limits: the gateway is what the public reaches. */
  readonly limits: LimitsConfig;
  /** The client graph's response cache; entries keyed by the supergraph and kept at most CACHE_MAX_AGE_SECONDS. */
  readonly responseCache: ResponseCacheConfig;
}

export type ServerKind = 'graph' | 'subgraph' | 'gateway';

/** Settings given in code over those read (tests): each slice in part. */
export type ConfigOverrides<C> = { readonly [K in keyof C]?: C[K] extends readonly unknown[] ? C[K] : C[K] extends object ? Partial<C[K]> : C[K] };

/** What a server is started with: settings given in code, and the environment the others are read from (process.env by default). */
export type ServerSettings<C> = ConfigOverrides<C> & { readonly env?: Environment };

/**
 * Reads and checks, once at start, every setting a server uses: a bad value stops the start with
 * a message naming the variable and what to set. Each feature gets its slice, never the environment.
 */
export function readServerConfig(env?: Environment, server?: 'graph', overrides?: ConfigOverrides<GraphConfig>): GraphConfig;
export function readServerConfig(env: Environment, server: 'subgraph', overrides?: ConfigOverrides<SubgraphConfig>): SubgraphConfig;
export function readServerConfig(env: Environment, server: 'gateway', overrides?: ConfigOverrides<GatewayConfig>): GatewayConfig;
export function readServerConfig(
  env: Environment = process.env,
  server: ServerKind = 'graph',
  overrides: ConfigOverrides<GraphConfig & GatewayConfig & SubgraphConfig> = {},
): CommonConfig {
  const read = <N extends SettingName>(name: N, fallback?: SettingValue<N>) => readSetting(env, name, fallback);
  // The subgraph's callers are routers, whose `_entities` requests outgrow a public body limit.
  const bodyLimit = server === 'subgraph' ? read('SUBGRAPH_BODY_LIMIT') : read('BODY_LIMIT');
  const port = read('PORT', server === 'subgraph' ? SUBGRAPH_DEFAULT_PORT : undefined);
  const nodeEnv = read('NODE_ENV');
  const common: CommonConfig = {
    production: nodeEnv === 'production',
    corpusDir: read('CORPUS_DIR'),
    corpusMaxFileBytes: read('CORPUS_MAX_FILE_MB') * 2 ** 20,
    subgraphSecret: read('SUBGRAPH_SECRET'),
    http: {
      port,
      host: read('HOST'),
      // The development origins (localhost, Sandbox, Studio) never apply in production unless set.
      corsOrigins: read('CORS_ORIGINS') ?? (nodeEnv === 'production' ? [] : defaultCorsOrigins(port)),
      bodyLimit,
      httpBatching: read('HTTP_BATCHING'),
      maxBatchSize: read('MAX_BATCH_SIZE'),
      drainGraceMs: read('DRAIN_GRACE_MS'),
      drainTimeoutMs: read('DRAIN_TIMEOUT_MS'),
      requestTimeoutMs: read('REQUEST_TIMEOUT_MS'),
      headersTimeoutMs: read('HEADERS_TIMEOUT_MS'),
      keepAliveTimeoutMs: read('KEEP_ALIVE_TIMEOUT_MS'),
    },
    trustedDocuments: { trustedOnly: read('TRUSTED_DOCUMENTS_ONLY'), manifest: read('TRUSTED_DOCUMENTS_MANIFEST') },
    execution: { compileAfter: read('JIT_COMPILE_AFTER'), maxCompiled: read('JIT_MAX_COMPILED'), timeoutMs: read('EXECUTION_TIMEOUT_MS') },
    // Under Jest, servers that tests start without a logger keep quiet.
    logging: { level: read('LOG_LEVEL', nodeEnv === 'test' ? 'silent' : undefined) },
    metrics: { port: read('METRICS_PORT') },
  };
  const config =
    server === 'graph'
      ? { ...common, explorer: read('EXPLORER'), limits: readLimits(env), responseCache: readResponseCache(env), corpus: readCorpusWatch(env) }
      : server === 'gateway'
        ? { ...common, subgraphTimeoutMs: read('SUBGRAPH_TIMEOUT_MS'), limits: readLimits(env), responseCache: readResponseCache(env) }
        : { ...common, corpus: readCorpusWatch(env) };
  const merged = withOverrides(config, overrides);
  if (server === 'subgraph') refuseOpenSubgraphInProduction(merged);
  return merged;
}

/** Whether a HOST value listens on this machine only. */
export function isLoopback(host: string | undefined): boolean {
  return host !== undefined && (host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host));
}

/** `_entities` and `_service` are not for the public: in production an open subgraph may listen on loopback only. */
function refuseOpenSubgraphInProduction(config: CommonConfig): void {
  if (!config.production || config.subgraphSecret || isLoopback(config.http.host)) return;
  throw new Error(
    `The subgraph will not start in production (NODE_ENV=production) without SUBGRAPH_SECRET: anyone could query _entities and _service. ` +
      `Set SUBGRAPH_SECRET to a secret the gateway also gets, or set HOST=127.0.0.1 to listen on loopback only` +
      `${config.http.host ? ` (HOST is ${JSON.stringify(config.http.host)})` : ''}.`,
  );
}

/** The query limits' defaults: what they are with nothing set. */
export const DEFAULT_LIMITS: LimitsConfig = readLimits({});

function readLimits(env: Environment): LimitsConfig {
  const limits = {
    maxQueryChars: readSetting(env, 'MAX_QUERY_CHARS'),
    maxTokens: readSetting(env, 'MAX_TOKENS'),
    maxDepth: readSetting(env, 'MAX_DEPTH'),
    maxAliases: readSetting(env, 'MAX_ALIASES'),
    maxDirectives: readSetting(env, 'MAX_DIRECTIVES'),
    maxCost: readSetting(env, 'MAX_COST'),
    maxIdLength: readSetting(env, 'MAX_ID_LENGTH'),
    maxSearches: readSetting(env, 'MAX_SEARCHES'),
    maxSearchTerms: readSetting(env, 'MAX_SEARCH_TERMS'),
    blockFieldSuggestions: readSetting(env, 'BLOCK_FIELD_SUGGESTIONS'),
  };
  const fairShare = {
    percent: readSetting(env, 'FAIR_SHARE_PERCENT'),
    maxWaiting: readSetting(env, 'FAIR_SHARE_MAX_WAITING'),
    keyHeader: clientKeyHeader(env),
  };
  return { ...limits, fairShare, costBudget: readCostBudget(env, limits.maxCost) };
}

/** Budgets are off unless COST_BUDGET is set; one smaller than MAX_COST would refuse queries the limit allows, every time. */
function readCostBudget(env: Environment, maxCost: number): CostBudgetConfig | undefined {
  const points = readSetting(env, 'COST_BUDGET');
  // Checked even when budgets are off: a bad value stops the start whatever reads it.
  const redisUrl = readSetting(env, 'REDIS_URL');
  const redisConnectTimeoutMs = readSetting(env, 'REDIS_CONNECT_TIMEOUT_MS');
  const redisCommandTimeoutMs = readSetting(env, 'REDIS_COMMAND_TIMEOUT_MS');
  if (points === 0) return undefined;
  if (points < maxCost) {
    throw new Error(
      `COST_BUDGET must be at least MAX_COST (${maxCost}), or 0 for no budgets (got ${points}): a smaller budget refuses every query the cost limit allows near its top`,
    );
  }
  return {
    points,
    windowSeconds: readSetting(env, 'COST_BUDGET_WINDOW_SECONDS'),
    keyHeader: clientKeyHeader(env),
    redisUrl,
    redisConnectTimeoutMs,
    redisCommandTimeoutMs,
  };
}

/** COST_BUDGET_KEY_HEADER, lower case as Node gives header names: what names a client, for budgets and fair shares alike. */
function clientKeyHeader(env: Environment): string {
  return readSetting(env, 'COST_BUDGET_KEY_HEADER').toLowerCase();
}

/** The servers that serve a corpus reload it; the gateway serves none (its CORPUS_DIR is what its cost model counts fan-outs on). */
function readCorpusWatch(env: Environment): CorpusWatchConfig {
  return { watch: readSetting(env, 'CORPUS_WATCH'), reloadDebounceMs: readSetting(env, 'CORPUS_RELOAD_DEBOUNCE_MS') };
}

function readResponseCache(env: Environment): ResponseCacheConfig {
  return {
    enabled: readSetting(env, 'RESPONSE_CACHE'),
    maxBytes: readSetting(env, 'RESPONSE_CACHE_MAX_MB') * 2 ** 20,
    maxEntryBytes: readSetting(env, 'RESPONSE_CACHE_MAX_ENTRY_KB') * 2 ** 10,
    maxAgeSeconds: readSetting(env, 'CACHE_MAX_AGE_SECONDS'),
  };
}

/** The config with the overrides' values in place, slice by slice. */
function withOverrides<C extends object>(config: C, overrides: ConfigOverrides<C>): C {
  const merged = { ...config } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = isSlice(current) && isSlice(value) ? { ...current, ...value } : value;
  }
  return merged as C;
}

const isSlice = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
