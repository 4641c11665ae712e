import { GraphQLError } from 'graphql';

/** A request the client can fix: the message says what was wrong and what to send instead. */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}
