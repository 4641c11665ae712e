import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import { type LimitName, LimitRefusal } from './refusal';
import type { LimitsConfig } from '../../config';

/**
 * How graphql-armor counts, shared by the server and by the measurements of the example
 * operations (tests/limits), so that what is measured is what is enforced.
 *
 * Fragments (inline or spread) are flattened: they add no level of their own. Introspection
 * (`__schema`) is not counted. The cost is not armor's: cost-limit.ts counts the objects the
 * operation can answer with, which armor's cost rule cannot know.
 */
export const ARMOR_COUNTING = {
  maxDepth: { flattenFragments: true, ignoreIntrospection: true },
  maxAliases: { allowList: ['__typename'] },
  maxDirectives: {},
} as const;

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig['maxDepth']>['onReject']>[number];

/** What armor's rejections say: "… limit of 10 exceeded, found 14." */
const FOUND = /found (\d+(?:\.\d+)?)\.?$/;

/** Reports a rejection as a LimitRefusal with our code and message (validation continues: 400). */
function refuseAs(limit: LimitName, max: number): { propagateOnRejection: false; onReject: RejectCallback[] } {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = FOUND.exec(error.message)?.[1];
        context?.reportError(new LimitRefusal(limit, found === undefined ? undefined : Number(found), max));
      },
    ],
  };
}

/** The hint that replaces graphql-js's "Did you mean "…"" (the "?" after it stays). */
export const SUGGESTION_MASK = 'Check the name against the schema';

/** What armor checks, each with its limit and our refusal. */
function armorConfig(limits: LimitsConfig): ArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth, ...ARMOR_COUNTING.maxDepth, ...refuseAs('depth', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, allowList: [...ARMOR_COUNTING.maxAliases.allowList], ...refuseAs('aliases', limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...refuseAs('directives', limits.maxDirectives) },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions, mask: SUGGESTION_MASK },
  };
}

/**
 * graphql-armor's depth, alias and directive limits as validation rules, and its
 * field-suggestion blocking as a plugin. Its token limit is left off: on Apollo Server it
 * answers 500 and turns every unexpected error into a validation failure that shows the
 * internal message (graphql-armor issue #751); query-size.ts counts tokens instead.
 */
export function armorProtection(limits: LimitsConfig): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor(armorConfig(limits)).protect();
  return { plugins, validationRules };
}
