import type { ApolloServerPlugin } from '@apollo/server';
import { LimitRefusal } from './refusal';

/**
 * Apollo files every error of a validation rule under GRAPHQL_VALIDATION_FAILED; a query
 * refused by a limit keeps its own code (DEPTH_LIMIT_EXCEEDED, …), so clients can tell them apart.
 */
export const refusalCodesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const refusal = error.originalError;
          if (refusal instanceof LimitRefusal && refusal !== error) error.extensions.code = refusal.code;
        }
      },
    };
  },
};
