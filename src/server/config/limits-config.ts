import { flag, integer } from './read-config';
import type { CostBudgetSettings } from '../plugins/limits/cost-budget';

/**
 * How large a query the public API accepts. Every limit is read from its own environment
 * variable; the defaults are tuned to this schema: the example operations of
 * schema/operations/ pass with room to spare (tests/limits/defaults.test.ts measures them),
 * while the abuse shapes (deep cycles, alias bombs, fragment fan-out, directive floods,
 * huge documents, wide pages of pages) are refused.
 */
export interface LimitSettings {
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
  /** COST_BUDGET…: cost points per client and window; undefined (COST_BUDGET unset or 0): no budgets. */
  readonly costBudget?: CostBudgetSettings;
  /** BLOCK_FIELD_SUGGESTIONS: leave "Did you mean …?" hints out of errors (on by default). */
  readonly blockFieldSuggestions: boolean;
}

/**
 * Characters, tokens, depth, aliases and directives: about 3× what the example operations of
 * schema/operations/ need, which also lets through Sandbox's introspection query in
 * development; depth 10 refuses a cycle of 15 levels; aliases 15 and directives 10 are enough
 * to fetch a few entities by id in one query, far from a bomb of hundreds. Cost: a count of
 * objects, chosen so that the kept set of realistic queries passes on the seeds and on a 10×
 * corpus while cycles, alias bombs and wide fan-outs are refused (tests/limits and README's
 * cost model have the figures).
 */
export const DEFAULT_LIMITS: LimitSettings = {
  maxQueryChars: 3_000,
  maxTokens: 250,
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxCost: 10_000,
  blockFieldSuggestions: true,
};

export const DEFAULT_BUDGET_WINDOW_SECONDS = 60;
export const DEFAULT_BUDGET_KEY_HEADER = 'x-api-key';

export function readLimits(env: NodeJS.ProcessEnv): LimitSettings {
  const d = DEFAULT_LIMITS;
  const limits = {
    maxQueryChars: integer(env, 'MAX_QUERY_CHARS', d.maxQueryChars, 1),
    maxTokens: integer(env, 'MAX_TOKENS', d.maxTokens, 1),
    maxDepth: integer(env, 'MAX_DEPTH', d.maxDepth, 1),
    maxAliases: integer(env, 'MAX_ALIASES', d.maxAliases, 0),
    maxDirectives: integer(env, 'MAX_DIRECTIVES', d.maxDirectives, 0),
    maxCost: integer(env, 'MAX_COST', d.maxCost, 1),
    blockFieldSuggestions: (env.BLOCK_FIELD_SUGGESTIONS ?? '') === '' ? d.blockFieldSuggestions : flag(env, 'BLOCK_FIELD_SUGGESTIONS'),
  };
  return { ...limits, costBudget: readCostBudget(env, limits.maxCost) };
}

/** Budgets are off unless COST_BUDGET is set; one smaller than MAX_COST would refuse queries the limit allows, every time. */
function readCostBudget(env: NodeJS.ProcessEnv, maxCost: number): CostBudgetSettings | undefined {
  const points = integer(env, 'COST_BUDGET', 0, 0);
  if (points === 0) return undefined;
  if (points < maxCost) {
    throw new Error(`COST_BUDGET must be at least MAX_COST (${maxCost}), or 0 for no budgets (got ${points}): a smaller budget refuses every query the cost limit allows near its top`);
  }
  return {
    points,
    windowSeconds: integer(env, 'COST_BUDGET_WINDOW_SECONDS', DEFAULT_BUDGET_WINDOW_SECONDS, 1),
    keyHeader: (env.COST_BUDGET_KEY_HEADER || DEFAULT_BUDGET_KEY_HEADER).toLowerCase(),
  };
}
