import type { ApolloServerPlugin } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import { LIMIT_CODES } from './limits';

/** The media types Apollo answers a single result with, in its order of preference (its chooseContentTypeForSingleResultResponse). */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const ANSWER_MEDIA_TYPES = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, 'application/json; callbackSpec=1.0; charset=utf-8'];

/** Errors of a well-formed request that the document or its variables caused: limits too. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', ...LIMIT_CODES]);

/** An operation this schema cannot run at all (a mutation or subscription): a request error. */
const OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED';

/** What an Accept header negotiates to; `none` when it accepts none of the answer's media types (Apollo's 406). */
const NOT_ACCEPTABLE = 'none';

/** Clients send a handful of Accept headers, again and again: each is negotiated once. */
const negotiated = new LRUCache<string, string>({
  max: 256,
  memoMethod: (accept) => new Negotiator({ headers: { accept } }).mediaType(ANSWER_MEDIA_TYPES) ?? NOT_ACCEPTABLE,
});

/**
 * The media type Apollo answers a request with, negotiated as Apollo does (JSON when there is
 * no Accept), or undefined when the Accept header allows none of them: Apollo answers 406.
 */
export function negotiatedMediaType(accept: string | undefined): string | undefined {
  if (!accept) return APPLICATION_JSON;
  const mediaType = negotiated.memo(accept);
  return mediaType === NOT_ACCEPTABLE ? undefined : mediaType;
}

/** Whether Apollo answers with `application/graphql-response+json`. */
export function answersGraphQLResponseJson(accept: string | undefined): boolean {
  return negotiatedMediaType(accept) === GRAPHQL_RESPONSE_JSON;
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
