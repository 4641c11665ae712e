import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { armorProtection } from './armor';
import { CostBudget } from './cost-budget';
import { type CostContext, costLimitPlugin, type CostLimitOptions, fanOutsOfRepository } from './cost-limit';
import type { CorpusFanOuts } from '../../../repository';
import { querySizePlugin } from './query-size';
import { refusalCodesPlugin } from './refusal-codes';
import { idLengthPlugin } from './id-length';
import { searchLimitPlugin } from './search-limit';
import { DEFAULT_LIMITS, type LimitsConfig } from '../../config';
import type { Logger } from '../observability';

export type { ListSizeOf } from './cost-limit';

/** What the cost model reads besides the query: the corpus's fan-outs, and how long each list can be. */
export type CostModelOptions<TContext extends CostContext> = Pick<CostLimitOptions<TContext>, 'fanOutsOf' | 'sizeOf'>;

/** Where the limits log what goes wrong outside a request (Redis's outages, for budgets shared through it). */
export interface LimitLogging {
  readonly logger?: Logger;
}

export { LIMIT_CODES, LIMITS, LimitRefusal } from './refusal';
export { DEFAULT_LIMITS } from '../../config';

/**
 * The query limits of the public API: the length and token checks before parsing,
 * graphql-armor's depth, alias and directive rules at validation, the cost of the operation
 * that runs once its variables are known (and the client's budget, where there is one), and
 * the hiding of field suggestions. Each limit not given is its default (DEFAULT_LIMITS:
 * MAX_QUERY_CHARS 3000, MAX_TOKENS 250, MAX_DEPTH 10, MAX_ALIASES 15, MAX_DIRECTIVES 10,
 * MAX_COST 10000, MAX_SEARCHES 3 of MAX_SEARCH_TERMS 6 terms, no budgets, suggestions blocked; config/settings.ts declares them).
 */
export function limitFeatures(
  options?: Partial<LimitsConfig>,
  logging?: LimitLogging,
): { plugins: ApolloServerPlugin<GraphQLContext>[]; validationRules: ValidationRule[] };
export function limitFeatures<TContext extends CostContext>(
  options: Partial<LimitsConfig>,
  cost: CostModelOptions<TContext> & LimitLogging,
): { plugins: ApolloServerPlugin<TContext>[]; validationRules: ValidationRule[] };
/**
 * `cost`: the corpus's longest lists for a request, by default its context's repository's (the
 * gateway, which has no repository in its context, gives those it measured at start), and the
 * list sizes, by default the client graph's; `logger`: see LimitLogging.
 */
export function limitFeatures(
  options: Partial<LimitsConfig> = {},
  { fanOutsOf = fanOutsOfRepository as (context: CostContext) => CorpusFanOuts, sizeOf, logger }: Partial<CostModelOptions<CostContext>> & LimitLogging = {},
): { plugins: ApolloServerPlugin<CostContext>[]; validationRules: ValidationRule[] } {
  const limits: LimitsConfig = { ...DEFAULT_LIMITS, ...options };
  const armor = armorProtection(limits);
  return {
    // The size plugin first: its unexpectedErrorProcessingRequest must be the first to throw.
    plugins: [
      querySizePlugin(limits),
      refusalCodesPlugin,
      idLengthPlugin(limits),
      searchLimitPlugin(limits),
      costLimitPlugin({ maxCost: limits.maxCost, budget: limits.costBudget && new CostBudget(limits.costBudget, logger), fanOutsOf, sizeOf }),
      ...armor.plugins,
    ],
    validationRules: armor.validationRules,
  };
}
