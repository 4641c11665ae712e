import type { GraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GraphQLContext } from '../../../graphql/context';
import type { CostBudgetConfig } from '../../config';
import { clientIdOf } from '../../http/client-identity';
import type { Logger } from '../observability';
import { SharedBudgets } from './shared-budgets';

/** What is left of a client's budget after a request. */
export interface BudgetState {
  readonly remaining: number;
  /** Seconds until the window ends and the budget is whole again. */
  readonly resetSeconds: number;
}

/** The name the budget policy goes by in the RateLimit headers. */
const POLICY = 'cost';

/**
 * Budgets of cost points per client, counted by rate-limiter-flexible in fixed windows: each
 * operation spends what its cost estimate says. A client that has spent its budget is
 * answered 429 with Retry-After; every answer carries the IETF RateLimit and RateLimit-Policy
 * headers (draft-ietf-httpapi-ratelimit-headers), so clients can pace themselves. Counted in
 * memory, per process; with REDIS_URL, in Redis, shared by every replica (shared-budgets.ts).
 */
export class CostBudget {
  private readonly limiter: RateLimiterAbstract;
  private readonly shared?: SharedBudgets;

  /** `logger`: where Redis's outages are logged. */
  constructor(
    private readonly settings: CostBudgetConfig,
    logger?: Logger,
  ) {
    this.shared = settings.redisUrl === undefined ? undefined : new SharedBudgets(settings.redisUrl, settings, logger);
    this.limiter = this.shared?.limiter ?? new RateLimiterMemory({ points: settings.points, duration: settings.windowSeconds });
  }

  /** With REDIS_URL, connects to Redis; rejects, naming REDIS_URL, when it does not answer. */
  async start(): Promise<void> {
    await this.shared?.connect();
  }

  /** Closes the connection to Redis, if any. */
  async stop(): Promise<void> {
    await this.shared?.close();
  }

  /** The client a request spends for: its API key (hashed: keys are not kept), else its address. */
  clientOf(request: GraphQLRequest, context: Pick<GraphQLContext, 'clientAddress'>): string {
    return clientIdOf(request.http?.headers.get(this.settings.keyHeader), context.clientAddress);
  }

  /** Spends `cost` of the client's budget, or refuses with 429 when not that much is left. */
  async spend(client: string, cost: number): Promise<BudgetState> {
    try {
      return this.stateOf(await this.limiter.consume(client, cost));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw this.refusal(cost, this.stateOf(rejection));
    }
  }

  headers({ remaining, resetSeconds }: BudgetState): [string, string][] {
    return [
      ['ratelimit-policy', `"${POLICY}";q=${this.settings.points};w=${this.settings.windowSeconds}`],
      ['ratelimit', `"${POLICY}";r=${remaining};t=${resetSeconds}`],
    ];
  }

  private stateOf(result: RateLimiterRes): BudgetState {
    return { remaining: Math.max(0, result.remainingPoints), resetSeconds: Math.ceil(result.msBeforeNext / 1000) };
  }

  private refusal(cost: number, state: BudgetState): GraphQLError {
    const { points, windowSeconds } = this.settings;
    const headers = new HeaderMap([...this.headers(state), ['retry-after', String(state.resetSeconds)]]);
    return new GraphQLError(
      `This client has spent its budget of ${points} cost points per ${windowSeconds} s; this operation costs ${cost}. Try again in ${state.resetSeconds} s, or send cheaper operations (smaller pages, fewer nested lists).`,
      {
        extensions: {
          code: 'COST_BUDGET_EXCEEDED',
          cost,
          budget: points,
          windowSeconds,
          retryAfterSeconds: state.resetSeconds,
          http: { status: 429, headers },
        },
      },
    );
  }
}
