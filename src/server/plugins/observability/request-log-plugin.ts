import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { getOperationAST, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import { performance } from 'node:perf_hooks';
import type { GraphQLContext } from '../../../graphql/context';
import type { Logger } from './logger';
import type { GraphQLMetrics, Outcome } from './metrics';
import { loggedClientValue, loggedError, loggedOperationName } from './logged-client-text';
import { codeOf, INTERNAL_SERVER_ERROR, type LoggedHTTPGraphQLRequest, outcomeOf } from './request-log';
import { recordErrorRequestId } from './request-id';

/** What the plugin reads of a request's context: the gateway's has no corpus. */
export type RequestIdContext = Pick<GraphQLContext, 'requestId'>;

/** At most this many unexpected errors of one response are logged in full; the rest are counted. */
const MAX_DETAILED_ERRORS = 10;

export interface RequestLogPluginOptions {
  readonly logger: Logger;
  /** The server's metrics; none: the request is only logged. */
  readonly metrics?: GraphQLMetrics;
}

/**
 * One set of metric observations per GraphQL operation, when its response is ready
 * (willSendResponse), and what the request's log line says of it (see request-log.ts: the
 * line itself is written by the API handler, for every request): operation name, outcome,
 * the error codes answered. Each unexpected error (INTERNAL_SERVER_ERROR, or no code) is
 * also logged at error level with its message, stack and path, under the request id.
 * In didEncounterErrors it records the request id of each error for the error formatter.
 */
export function requestLogPlugin<TContext extends RequestIdContext = GraphQLContext>({
  logger,
  metrics,
}: RequestLogPluginOptions): ApolloServerPlugin<TContext> {
  return {
    // A request refused before parsing (the query-size limits) never reaches willSendResponse:
    // it is noted and counted here, as a client error when the refusal carries its own code.
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      const code = codeOf((error as { extensions?: { code?: unknown } }).extensions?.code);
      const outcome: Outcome = code === INTERNAL_SERVER_ERROR ? 'internal_error' : 'client_error';
      const operationName = requestContext.request.operationName ?? null;
      metrics?.observe({ operationName, outcome, durationSeconds: 0, errorCodes: [code] });
      (requestContext.request.http as LoggedHTTPGraphQLRequest | undefined)?.requestLog?.operation({ operationName, outcome, errorCodes: [code] }, true);
      if (outcome === 'internal_error')
        logger
          .child({ requestId: requestContext.contextValue.requestId, operationName: loggedOperationName(operationName) })
          .error({ err: loggedError(error) }, 'unexpected error');
    },
    async requestDidStart({ contextValue, request }) {
      const started = performance.now();
      const requestId = contextValue.requestId;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) recordErrorRequestId(error, requestId);
        },
        async willSendResponse(requestContext) {
          const durationMs = performance.now() - started;
          const answered = formattedErrors(requestContext);
          const errorCodes = answered.map((error) => codeOf(error.extensions?.code));
          const outcome: Outcome = errorCodes.length === 0 ? 'success' : outcomeOf(errorCodes, 200);
          const operationName = operationNameOf(requestContext);

          metrics?.observe({ operationName, outcome, durationSeconds: durationMs / 1000, errorCodes });
          (request.http as LoggedHTTPGraphQLRequest | undefined)?.requestLog?.operation({ operationName, outcome, errorCodes });
          // A child logger only for the rare unexpected errors: making one per request costs.
          if (outcome === 'internal_error')
            logUnexpectedErrors(logger.child({ requestId, operationName: loggedOperationName(operationName) }), requestContext.errors ?? []);
        },
      };
    },
  };
}

/** The errors as the client gets them: after formatError (codes filled in, masking applied). */
function formattedErrors(requestContext: GraphQLRequestContextWillSendResponse<RequestIdContext>): readonly GraphQLFormattedError[] {
  const { body } = requestContext.response;
  return (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? [];
}

/**
 * The operation's name, null when it has none: the resolved operation's; else, when the
 * document parsed but failed validation, the name of the operation it would have run; else
 * the name the client asked for.
 */
function operationNameOf(requestContext: GraphQLRequestContextWillSendResponse<RequestIdContext>): string | null {
  const { operation, document, request } = requestContext;
  if (operation) return operation.name?.value ?? null;
  const wouldRun = document ? getOperationAST(document, request.operationName) : null;
  if (wouldRun) return wouldRun.name?.value ?? null;
  return request.operationName ?? null;
}

/** An error Apollo answers as INTERNAL_SERVER_ERROR: a bug or a failure, not the client's doing. */
export function isUnexpected(error: GraphQLError): boolean {
  return codeOf(error.extensions?.code) === INTERNAL_SERVER_ERROR;
}

function logUnexpectedErrors(log: Logger, errors: readonly GraphQLError[]): void {
  const unexpected = errors.filter(isUnexpected);
  for (const error of unexpected.slice(0, MAX_DETAILED_ERRORS)) {
    log.error(
      {
        err: loggedError(error.originalError ?? error),
        ...(error.originalError && error.originalError.message !== error.message ? { graphqlMessage: loggedClientValue(error.message) } : {}),
        path: loggedClientValue(error.path),
      },
      'unexpected error',
    );
  }
  if (unexpected.length > MAX_DETAILED_ERRORS) {
    log.error({ omitted: unexpected.length - MAX_DETAILED_ERRORS }, 'more unexpected errors in the same response, not logged in full');
  }
}
