import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { CostBudgetConfig } from '../../config';
import type { Logger } from '../observability';

/** While counts keep going to the insurance limiter, a warning at most this often. */
const WARN_EVERY_MS = 60_000;
/** Reconnection: 100 ms after a drop, then up to every 2 s, for as long as the process runs. */
const retryDelay = (attempt: number) => Math.min(attempt * 100, 2_000);

/**
 * Budgets counted in Redis (REDIS_URL), so that replicas with the same policy share each
 * client's budget: rate-limiter-flexible's RateLimiterRedis on an ioredis client. The key
 * prefix names the policy, so replicas with other budgets or windows count apart. While Redis
 * cannot be reached each process counts alone, in memory (rate-limiter-flexible's insurance
 * limiter): budgets stay enforced, per process, and no client is answered 500; counting in
 * Redis resumes once it answers again. A drop is logged at once, counts made alone (a drop,
 * or a Redis that hangs) at most once a minute, and the recovery once.
 */
export class SharedBudgets {
  readonly limiter: RateLimiterRedis;
  private readonly client: Redis;
  /** The URL without its credentials, for logs and errors. */
  private readonly where: string;
  private lastError = '';
  private shared = false;
  private lastWarning = -Infinity;
  private connectedBefore = false;
  private readonly connectTimeoutMs: number;
  private readonly commandTimeoutMs: number;

  constructor(
    url: string,
    {
      points,
      windowSeconds,
      redisConnectTimeoutMs,
      redisCommandTimeoutMs,
    }: Pick<CostBudgetConfig, 'points' | 'windowSeconds' | 'redisConnectTimeoutMs' | 'redisCommandTimeoutMs'>,
    private readonly logger?: Logger,
  ) {
    this.where = withoutCredentials(url);
    this.connectTimeoutMs = redisConnectTimeoutMs;
    this.commandTimeoutMs = redisCommandTimeoutMs;
    // No offline queue and no retried commands: a count that cannot reach Redis fails at
    // once, and the insurance limiter counts it (rate-limiter-flexible's advice).
    this.client = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      commandTimeout: redisCommandTimeoutMs,
      connectTimeout: redisConnectTimeoutMs,
      retryStrategy: retryDelay,
    });
    this.client.on('error', (error: Error) => void (this.lastError = error.message));
    this.client.on('close', () => this.dropped());
    this.client.on('ready', () => this.resumed());
    this.limiter = new RateLimiterRedis({
      storeClient: this.client,
      keyPrefix: `cost-budget:${points}:${windowSeconds}s`,
      points,
      duration: windowSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new InsuranceLimiter({ points, duration: windowSeconds }, () => this.countedAlone()),
    });
  }

  /** Connects; rejects, naming REDIS_URL, when Redis has not answered within REDIS_CONNECT_TIMEOUT_MS. */
  async connect(): Promise<void> {
    const timeoutMs = this.connectTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const ready = new Promise<boolean>((resolve) => {
      this.client.once('ready', () => resolve(true));
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    // A first refusal rejects connect(); the client goes on retrying until ready or the timeout.
    this.client.connect().catch(() => undefined);
    const answered = await ready;
    clearTimeout(timer);
    if (answered) return;
    await this.close();
    throw new Error(
      `REDIS_URL: Redis at ${this.where} did not answer within ${timeoutMs} ms (REDIS_CONNECT_TIMEOUT_MS)${this.lastError ? ` (${this.lastError})` : ''}. ` +
        'Start Redis there or correct REDIS_URL (or wait longer for it with REDIS_CONNECT_TIMEOUT_MS); or leave REDIS_URL unset for budgets counted in each process.',
    );
  }

  /** Closes the connection (QUIT when connected); resolves once it has ended. */
  async close(): Promise<void> {
    this.shared = false; // a stop is no outage to log
    if (this.client.status === 'end') return;
    const ended = new Promise((resolve) => this.client.once('end', resolve));
    if (this.client.status === 'ready') await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
    await ended;
  }

  private dropped(): void {
    if (!this.shared) return;
    this.shared = false;
    this.warn(`Redis at ${this.where} cannot be reached: each process counts cost budgets alone until it answers again`);
  }

  private countedAlone(): void {
    if (performance.now() - this.lastWarning < WARN_EVERY_MS) return;
    const why = this.client.status === 'ready' ? `did not answer within ${this.commandTimeoutMs} ms` : 'cannot be reached';
    this.warn(`Redis at ${this.where} ${why}: this process counts cost budgets alone meanwhile`);
  }

  private warn(message: string): void {
    this.lastWarning = performance.now();
    this.logger?.warn({ redis: this.where, error: this.lastError || undefined }, message);
  }

  private resumed(): void {
    if (this.shared) return;
    // Only after a drop: refusals before the first connection are the start's to report.
    const again = this.connectedBefore;
    this.connectedBefore = true;
    this.shared = true;
    this.lastError = '';
    this.lastWarning = -Infinity;
    if (again) this.logger?.info({ redis: this.where }, `Redis at ${this.where} answers again: cost budgets are shared`);
  }
}

/** rate-limiter-flexible's in-memory limiter, saying when it counts (only when Redis did not). */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onCount: () => void,
  ) {
    super(options);
  }

  override consume(...args: Parameters<RateLimiterMemory['consume']>): ReturnType<RateLimiterMemory['consume']> {
    this.onCount();
    return super.consume(...args);
  }
}

function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}
