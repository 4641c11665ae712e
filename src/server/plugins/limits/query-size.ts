import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { LRUCache } from 'lru-cache';
import { LimitRefusal } from './refusal';
import type { LimitsConfig } from '../../config';

/**
 * The tokens of a query as graphql-js's parser reads them (names, punctuation, values;
 * not comments, commas or whitespace), counted by its lexer without building a document.
 * A syntax error ends the count: the parser reports it.
 */
export function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  return count;
}

/**
 * Refuses a query text longer than MAX_QUERY_CHARS as soon as the request starts, and one of
 * more than MAX_TOKENS tokens once its text is known (sent, or an automatic persisted
 * query): both before anything is parsed, so a megabyte of whitespace costs a length check.
 */
export function querySizePlugin({ maxQueryChars, maxTokens }: Pick<LimitsConfig, 'maxQueryChars' | 'maxTokens'>): ApolloServerPlugin {
  const checkLength = (text: string | undefined) => {
    if (text !== undefined && text.length > maxQueryChars) throw new LimitRefusal('chars', text.length, maxQueryChars);
  };
  // Clients send the same few query texts again and again: each is lexed once.
  const tokenCounts = new LRUCache<string, number>({ max: 1_000, memoMethod: countTokens });
  return {
    async requestDidStart({ request }) {
      checkLength(request.query);
      return {
        async didResolveSource({ source }) {
          checkLength(source);
          const tokens = tokenCounts.memo(source);
          if (tokens > maxTokens) throw new LimitRefusal('tokens', tokens, maxTokens);
        },
      };
    },
    // Apollo answers an error thrown before parsing with 500 "Internal server error", unless a
    // plugin throws again here: then it answers with that error, its code and its status (400).
    async unexpectedErrorProcessingRequest({ error }) {
      if (error instanceof LimitRefusal) throw error;
    },
  };
}
