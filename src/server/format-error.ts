import { GraphQLFormattedError, GraphQLSchema, isEnumType } from 'graphql';
import { requestIdOfError } from './observability/request-id';

const UNKNOWN_ENUM_VALUE = /Value "([^"]*)" does not exist in "(\w+)" enum\./;
const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

/**
 * Apollo's formatError, given the error as Apollo formatted it and the error itself:
 * - an unknown enum value is the client's input to fix, so it gets BAD_USER_INPUT
 *   (graphql-js files it as a validation failure), and, outside production, the values it
 *   could have sent;
 * - an unexpected failure (INTERNAL_SERVER_ERROR: a bug, not the client's doing) carries the
 *   request id in `extensions.requestId`, when the request-log plugin recorded one; in
 *   production it says no more than that: a generic message quoting the id, no original
 *   message, no stack, no other extensions. The logs have the detail under the same id.
 * Every other error (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED, …) keeps its message.
 */
export function createFormatError(schema: GraphQLSchema, { production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const answer = explainUnknownEnumValue(schema, formatted, production) ?? formatted;
    if (answer.extensions?.code !== INTERNAL_SERVER_ERROR) return answer;
    return production ? maskUnexpectedError(answer, requestIdOfError(error)) : withRequestId(answer, requestIdOfError(error));
  };
}

function explainUnknownEnumValue(schema: GraphQLSchema, formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError | undefined {
  const match = UNKNOWN_ENUM_VALUE.exec(formatted.message);
  if (!match) return undefined;
  const enumType = schema.getType(match[2]!);
  const allowed = isEnumType(enumType) ? enumType.getValues().map((value) => value.name) : [];
  const hint = !production && allowed.length > 0 ? ` Send one of: ${allowed.join(', ')}.` : '';
  return {
    ...formatted,
    message: `${formatted.message.replace(/ Did you mean [^?]*\?$/, '')}${hint}`,
    extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' },
  };
}

/** What a client sees of an unexpected failure in production: where it happened, and the id to quote. */
export function maskUnexpectedError(formatted: GraphQLFormattedError, requestId: string | undefined): GraphQLFormattedError {
  const quote = requestId ? `quote request id ${requestId} to the operators` : 'tell the operators when it happened';
  return {
    message: `Internal server error: the request failed on the server's side. Try again later; if it keeps failing, ${quote}.`,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}

function withRequestId(formatted: GraphQLFormattedError, requestId: string | undefined): GraphQLFormattedError {
  return requestId ? { ...formatted, extensions: { ...formatted.extensions, requestId } } : formatted;
}
