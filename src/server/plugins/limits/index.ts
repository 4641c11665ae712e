import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { armorProtection } from './armor';
import { CostBudget } from './cost-budget';
import { costLimitPlugin } from './cost-limit';
import { querySizePlugin } from './query-size';
import { refusalCodesPlugin } from './refusal-codes';
import { readLimits } from '../../config/limits-config';

export { LIMIT_CODES, LIMITS, LimitRefusal } from './refusal';
export { DEFAULT_LIMITS, readLimits, type LimitSettings } from '../../config/limits-config';

/**
 * The query limits of the public API, from the environment (settings.ts): the length and
 * token checks before parsing, graphql-armor's depth, alias and directive rules at
 * validation, the cost of the operation that runs once its variables are known (and the
 * client's budget, where there is one), and the hiding of field suggestions.
 */
export function limitFeatures(env: NodeJS.ProcessEnv): { plugins: ApolloServerPlugin<GraphQLContext>[]; validationRules: ValidationRule[] } {
  const limits = readLimits(env);
  const armor = armorProtection(limits);
  return {
    // The size plugin first: its unexpectedErrorProcessingRequest must be the first to throw.
    plugins: [
      querySizePlugin(limits),
      refusalCodesPlugin,
      costLimitPlugin({ maxCost: limits.maxCost, budget: limits.costBudget && new CostBudget(limits.costBudget) }),
      ...armor.plugins,
    ],
    validationRules: armor.validationRules,
  };
}
