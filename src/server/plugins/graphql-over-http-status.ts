import type { ApolloServerPlugin } from '@apollo/server';
import { answersGraphQLResponseJson } from '../http/media-type';
import { LIMIT_CODES } from './limits';

/** Errors of a well-formed request that the document or its variables caused: limits too. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', ...LIMIT_CODES]);

/** An operation this schema cannot run at all (a mutation or subscription): a request error. */
const OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED';

/**
 * The GraphQL over HTTP spec's status codes. With `application/graphql-response+json` a
 * request error is a 4xx, as Apollo answers. With `application/json`, the spec's
 * compatibility rule is 200 for any well-formed request, errors in the body; Apollo answers
 * 400 there, so this plugin sets 200. HTTP-level failures (bad JSON, mutation over GET, …)
 * keep their 4xx.
 */
export const graphqlOverHttpStatus: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    if (!request.http) return;
    const modern = answersGraphQLResponseJson(request.http.headers.get('accept'));
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        const codes = errors.map((e) => String(e.extensions?.code));
        if (codes.length === 0) return;
        // graphql-js finds an unsupported operation type only when executing: Apollo answers 200.
        if (modern && codes.every((code) => code === OPERATION_NOT_SUPPORTED)) response.http.status = 400;
        if (!modern && response.http.status === 400 && codes.every((code) => REQUEST_ERROR_CODES.has(code) || code === OPERATION_NOT_SUPPORTED)) {
          response.http.status = 200;
        }
      },
    };
  },
};
