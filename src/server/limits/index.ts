import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { armorCostRule, armorProtection } from './armor';
import { pageSizeCostPlugin } from './page-size-cost';
import { querySizePlugin } from './query-size';
import { refusalCodesPlugin } from './refusal-codes';
import { readLimits } from './settings';

export { LIMIT_CODES, LIMITS, LimitRefusal } from './refusal';
export { DEFAULT_LIMITS, readLimits, type LimitSettings } from './settings';

/**
 * The query limits of the public API, from the environment (settings.ts): the length and
 * token checks before parsing, graphql-armor's depth, alias, directive and cost rules at
 * validation (the cost again once every page size is known), and the hiding of field
 * suggestions.
 */
export function limitFeatures(env: NodeJS.ProcessEnv): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const limits = readLimits(env);
  const armor = armorProtection(limits);
  return {
    // The size plugin first: its unexpectedErrorProcessingRequest must be the first to throw.
    plugins: [querySizePlugin(limits), refusalCodesPlugin, pageSizeCostPlugin(armorCostRule(limits)), ...armor.plugins],
    validationRules: armor.validationRules,
  };
}
