import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
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
 * 400 there, so this plugin sets 200: for every limit alike, those refused before parsing
 * (query length, tokens: Apollo answers them from the thrown error, without willSendResponse)
 * and those refused at validation or once the variables are known. HTTP-level failures (bad
 * JSON, mutation over GET, a body or batch over its limit, …) keep their 4xx, and the
 * server's capacity (a spent budget 429, the deadline 503) its status. README "Reliability"
 * states the rule.
 */
export const graphqlOverHttpStatus: ApolloServerPlugin = {
  async unexpectedErrorProcessingRequest({ requestContext: { request }, error }) {
    if (!request.http || answersGraphQLResponseJson(request.http.headers.get('accept'))) return;
    if (!(error instanceof GraphQLError) || !REQUEST_ERROR_CODES.has(String(error.extensions.code))) return;
    const http = error.extensions.http as { status?: number } | undefined;
    if (http?.status === 400) error.extensions.http = { ...http, status: 200 };
  },
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
