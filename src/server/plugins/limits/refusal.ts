import { GraphQLError } from 'graphql';

/**
 * The limits a query can break, each with its `extensions.code` and what to tell the client:
 * what was too large, by how much, and what to send instead.
 */
export const LIMITS = {
  chars: {
    code: 'QUERY_LENGTH_LIMIT_EXCEEDED',
    message: (found: number | string, max: number) =>
      `The query text is ${found} characters long; this API accepts at most ${max}. Send a shorter query: leave out comments and indentation, ask for fewer fields, or split it into several requests.`,
  },
  tokens: {
    code: 'TOKEN_LIMIT_EXCEEDED',
    message: (found: number | string, max: number) =>
      `The query has ${found} tokens (names, punctuation and values); this API accepts at most ${max}. Send a smaller query: ask for fewer fields, aliases and fragments, or split it into several requests.`,
  },
  depth: {
    code: 'DEPTH_LIMIT_EXCEEDED',
    message: (found: number | string, max: number) =>
      `The query nests fields ${found} levels deep; this API allows at most ${max}. Ask for fewer levels, and fetch what lies deeper with a second query by id (e.g. person(id:) or node(id:)).`,
  },
  aliases: {
    code: 'ALIAS_LIMIT_EXCEEDED',
    message: (found: number | string, max: number) =>
      `The query uses ${found} aliases; this API allows at most ${max}. Use fewer aliases: ask a list field with a filter instead of one alias per item, or split the query into several requests.`,
  },
  directives: {
    code: 'DIRECTIVE_LIMIT_EXCEEDED',
    message: (found: number | string, max: number) =>
      `The query uses ${found} directives; this API allows at most ${max}. Use fewer: leave out @include/@skip where the field is always wanted, or send separate queries.`,
  },
  cost: {
    code: 'COST_LIMIT_EXCEEDED',
    message: (found: number | string, max: number) =>
      `The query can answer with up to ${found} objects; this API allows at most ${max}. Every object in the answer counts once, and a list counts at most its \`first\` items, never more than the longest such list in the corpus: ask for smaller pages (a lower \`first\`, then page on with \`after\`), or fewer nested lists.`,
  },
  idLength: {
    code: 'ID_TOO_LONG',
    message: (found: number | string, max: number) =>
      `An id is ${found} characters long; ids are at most ${max}. Send an id as the API gave it, e.g. "person:gyorgy-szabo".`,
  },
  searches: {
    code: 'SEARCH_LIMIT_EXCEEDED',
    message: (found: number | string, max: number) =>
      `The operation runs ${found} searches; this API runs at most ${max} per operation. Search for several words in one \`search\` (its hits are ranked across all of them), or send the searches as separate requests.`,
  },
  searchTerms: {
    code: 'SEARCH_TERMS_LIMIT_EXCEEDED',
    message: (found: number | string, max: number) =>
      `A search text has ${found} words; this API looks for at most ${max} in one search. Send the few words that matter most: a name, or two or three words of what was said.`,
  },
} as const;

export type LimitName = keyof typeof LIMITS;

/** Every code a limit refuses with. */
export const LIMIT_CODES: ReadonlySet<string> = new Set(Object.values(LIMITS).map((limit) => limit.code));

/**
 * A query refused for breaking a limit: HTTP 400, the limit's code, the limit, and what was
 * found, rounded up (armor's cost has fractions; unknown: the message says "more than").
 */
export class LimitRefusal extends GraphQLError {
  /** `detail`, when given, follows the limit's message; `extensions` add to its own. */
  constructor(limit: LimitName, found: number | undefined, max: number, more: { detail?: string; extensions?: Record<string, unknown> } = {}) {
    const { code, message } = LIMITS[limit];
    const counted = found === undefined ? undefined : Math.ceil(found);
    const text = message(counted ?? `more than ${max}`, max);
    super(more.detail ? `${text} ${more.detail}` : text, {
      extensions: { code, limit: max, found: counted, ...more.extensions, http: { status: 400 } },
    });
    this.name = 'LimitRefusal';
  }

  get code(): string {
    return this.extensions.code as string;
  }
}
