import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from '../server/plugins/observability';
import { boundClientText } from '../server/apollo/client-text';
import { loggedClientValue, loggedError } from '../server/plugins/observability/logged-client-text';
import { SUBGRAPH_UNAVAILABLE } from '../server/plugins/observability/request-log';

/** The gateway's per-request context: no corpus, only what its plugins log and count by. */
export interface GatewayContext {
  readonly requestId: string;
  readonly clientAddress?: string;
}

/** What Apollo Gateway, RemoteGraphQLDataSource and subgraph-fetcher.ts add that names a subgraph or shows its answer. */
const SUBGRAPH_EXTENSIONS = ['serviceName', 'subgraph', 'response', 'subgraphName'] as const;

/** A subgraph that could not be reached, or answered with an HTTP failure (401, 5xx, not GraphQL): SUBGRAPH_UNAVAILABLE. */
export { SUBGRAPH_UNAVAILABLE } from '../server/plugins/observability/request-log';

/**
 * What a client sees of a subgraph's failure: that part of the query failed, and the request id.
 * Never the subgraph's name, URL, status or body: those go to the log under the same id.
 * A subgraph's own GraphQL errors (a bad argument, …) keep their message and code.
 */
export function subgraphErrorsPlugin({ logger }: { logger: Logger }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue: { requestId } }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors.filter(namesSubgraph)) {
            const { extensions } = error;
            logger.warn(
              {
                requestId,
                subgraph: extensions.serviceName ?? extensions.subgraph,
                code: extensions.code,
                response: loggedClientValue(extensions.response),
                path: loggedClientValue(error.path),
                err: loggedError(error.originalError ?? error),
              },
              `a subgraph failed: ${boundClientText(error.message)}`,
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors) result.errors = result.errors.map((formatted) => maskSubgraph(formatted, requestId));
        },
      };
    },
  };
}

function namesSubgraph(error: GraphQLError | GraphQLFormattedError): boolean {
  const extensions = error.extensions ?? {};
  return extensions.code === SUBGRAPH_UNAVAILABLE || SUBGRAPH_EXTENSIONS.some((name) => extensions[name] !== undefined);
}

function maskSubgraph(formatted: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  if (!namesSubgraph(formatted)) return formatted;
  const extensions = { ...formatted.extensions };
  for (const name of SUBGRAPH_EXTENSIONS) delete extensions[name];
  delete extensions.stacktrace;
  // An HTTP failure or no answer at all: the subgraph's words are internals, not the client's business.
  if (formatted.extensions?.code === SUBGRAPH_UNAVAILABLE || formatted.extensions?.response !== undefined) {
    return {
      message: `A service behind the gateway did not answer this part of the query. Try again shortly; if it keeps failing, quote request id ${requestId} to the operators.`,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: SUBGRAPH_UNAVAILABLE, requestId },
    };
  }
  return { ...formatted, extensions };
}
