import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';
import { LIMIT_CODES } from './limits';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** Errors of a well-formed request that the document or its variables caused: limits too. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', ...LIMIT_CODES]);

/** The media type Apollo answers with, negotiated the same way (JSON when there is no Accept). */
export function answersGraphQLResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  return new Negotiator({ headers: { accept } }).mediaType(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON;
}

/**
 * The GraphQL over HTTP spec's status codes. With `application/graphql-response+json` a
 * request error is a 4xx, as Apollo answers. With `application/json`, the spec's
 * compatibility rule is 200 for any well-formed request, errors in the body; Apollo answers
 * 400 there, so this plugin sets 200. HTTP-level failures (bad JSON, mutation over GET, …)
 * keep their 4xx.
 */
export const graphqlOverHttpStatus: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    if (!request.http || answersGraphQLResponseJson(request.http.headers.get('accept'))) return;
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || response.http.status !== 400) return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.length > 0 && errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) {
          response.http.status = 200;
        }
      },
    };
  },
};
