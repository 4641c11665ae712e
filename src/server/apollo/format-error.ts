import { GraphQLFormattedError, GraphQLSchema, isEnumType } from 'graphql';
import { requestIdOfError } from '../plugins/observability/request-id';
import { boundClientText } from './client-text';

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
 * Every other error (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED, …) keeps its message. Every
 * message, and every text in the extensions (the stack trace outside production), quotes at
 * most a short prefix of the client's input (client-text.ts).
 */
export function createFormatError(schema: GraphQLSchema | (() => GraphQLSchema | undefined), { production }: { production: boolean }) {
  // The gateway's schema is known only once its supergraph is loaded: a getter.
  const schemaOf = typeof schema === 'function' ? schema : () => schema;
  const format = (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const answer = explainUnknownEnumValue(schemaOf(), formatted, production) ?? explainUncodedClientError(formatted) ?? formatted;
    if (answer.extensions?.code !== INTERNAL_SERVER_ERROR) return answer;
    return production ? maskUnexpectedError(answer, requestIdOfError(error)) : withRequestId(answer, requestIdOfError(error));
  };
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => withBoundedText(format(formatted, error));
}

/** The error with its message and every text in its extensions bounded (client-text.ts). */
function withBoundedText(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = boundClientText(formatted.message);
  const extensions = formatted.extensions && (boundedTexts(formatted.extensions) as Record<string, unknown>);
  return { ...formatted, message, ...(extensions ? { extensions } : {}) };
}

function boundedTexts(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return boundClientText(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => boundedTexts(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, boundedTexts(item, depth + 1)]));
}

/**
 * Errors graphql-js and Apollo raise without a code, which Apollo would file as internal,
 * although the client caused them: each gets a code and says what to send instead.
 */
const UNCODED_CLIENT_ERRORS: readonly { pattern: RegExp; code: string; message: string }[] = [
  {
    pattern: /^Schema is not configured to execute (mutation|subscription) operation\.$/,
    code: 'OPERATION_NOT_SUPPORTED',
    message: 'This API is read-only: it has no mutations or subscriptions. Send a query operation.',
  },
  {
    pattern: /^Too many errors processing variables, error limit reached\. Execution aborted\.$/,
    code: 'BAD_USER_INPUT',
    message: 'The variables have too many errors to list them all: send each variable with the type the operation declares for it.',
  },
  {
    pattern: /^Unsupported persisted query version$/,
    code: 'PERSISTED_QUERY_NOT_SUPPORTED',
    message: 'Unsupported persisted query version: send extensions.persistedQuery.version 1, or a documentId from the manifest.',
  },
  {
    pattern: /^provided sha does not match query$/,
    code: 'PERSISTED_QUERY_HASH_MISMATCH',
    message: "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it: send the query's own hash, or the query alone.",
  },
];

function explainUncodedClientError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const known = UNCODED_CLIENT_ERRORS.find(({ pattern }) => pattern.test(formatted.message));
  if (!known) return undefined;
  const { stacktrace: _stack, requestId: _id, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: known.message, extensions: { ...extensions, code: known.code } };
}

function explainUnknownEnumValue(schema: GraphQLSchema | undefined, formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError | undefined {
  const match = UNKNOWN_ENUM_VALUE.exec(formatted.message);
  if (!match) return undefined;
  const enumType = schema?.getType(match[2]!);
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
