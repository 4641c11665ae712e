import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** What a client is told of a mutation or subscription: the words format-error.ts gives graphql-js's error on the client graph. */
const READ_ONLY = 'This API is read-only: it has no mutations or subscriptions. Send a query operation.';

/**
 * Refuses, before anything runs, an operation the request does not resolve to (an unknown or
 * missing operationName) or one the schema has no root type for (a mutation or subscription),
 * with the codes the client graph answers them with. Apollo Gateway would throw its own
 * INVALID_GRAPHQL for each, which Apollo answers 500: these are the client's mistakes.
 */
export const operationResolutionPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request, schema }) {
        if (!operation) {
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}": send the name of an operation of the document as operationName.`
            : 'Must provide operation name if query contains multiple operations.';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        }
        if (!schema.getRootType(operation.operation)) {
          throw new GraphQLError(READ_ONLY, { nodes: [operation], extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } } });
        }
      },
    };
  },
};
