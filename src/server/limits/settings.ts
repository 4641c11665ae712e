import { flag, integer } from '../config';

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
  /** MAX_COST: the highest estimated cost (graphql-armor's cost model, see armor.ts). */
  readonly maxCost: number;
  /** BLOCK_FIELD_SUGGESTIONS: leave "Did you mean …?" hints out of errors (on by default). */
  readonly blockFieldSuggestions: boolean;
}

/**
 * Measured on the example operations (as written, comments and indentation included):
 * at most 728 characters, 83 tokens, 6 levels, no alias, no directive, a cost of 1,253
 * (EventStatements). Characters, tokens and cost get about 3× that, which also lets through
 * the 2,068-character, 183-token introspection query of Sandbox in development; depth 10
 * (1.7×: a cycle of 15 levels must fail); aliases 15 and directives 10, enough to fetch a
 * few entities by id in one query or to toggle a few fields, far from a bomb of hundreds.
 */
export const DEFAULT_LIMITS: LimitSettings = {
  maxQueryChars: 3_000,
  maxTokens: 250,
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxCost: 3_500,
  blockFieldSuggestions: true,
};

export function readLimits(env: NodeJS.ProcessEnv): LimitSettings {
  const d = DEFAULT_LIMITS;
  return {
    maxQueryChars: integer(env, 'MAX_QUERY_CHARS', d.maxQueryChars, 1),
    maxTokens: integer(env, 'MAX_TOKENS', d.maxTokens, 1),
    maxDepth: integer(env, 'MAX_DEPTH', d.maxDepth, 1),
    maxAliases: integer(env, 'MAX_ALIASES', d.maxAliases, 0),
    maxDirectives: integer(env, 'MAX_DIRECTIVES', d.maxDirectives, 0),
    maxCost: integer(env, 'MAX_COST', d.maxCost, 1),
    blockFieldSuggestions: (env.BLOCK_FIELD_SUGGESTIONS ?? '') === '' ? d.blockFieldSuggestions : flag(env, 'BLOCK_FIELD_SUGGESTIONS'),
  };
}
