import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';

/** The media types Apollo answers a single result with, in its order of preference (its chooseContentTypeForSingleResultResponse). */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const ANSWER_MEDIA_TYPES = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, 'application/json; callbackSpec=1.0; charset=utf-8'];

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
