import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLContext } from '../../graphql/context';
import { maskUnexpectedError } from '../apollo/format-error';
import { corsOriginOption } from '../config';
import { answerBodyError, type BodyError, sendJson } from './errors';
import type { ApiRequest, HttpHook } from './hooks';
import type { RequestListener } from './http-server';
import type { Refusal } from './refusals';
import { assignRequestIdTo, type LoggedHTTPGraphQLRequest, type Logger, type RequestLog, type RequestLogEntry } from '../plugins/observability';
import { loggedError } from '../plugins/observability/logged-client-text';
import { errorCodesOfBody, INTERNAL_SERVER_ERROR } from '../plugins/observability/request-log';
import { jsonBodyReader, type ReadBody, UnparsableBody } from './request-body';

/** What the API runs once the server is ready: Apollo, and a fresh context per request (the gateway's has no corpus). */
export interface ApiGraphQL<TContext extends BaseContext = GraphQLContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly context: (request: ContextRequest) => Promise<TContext>;
}

/** What a request's GraphQL context is made from. */
export interface ContextRequest {
  readonly requestId: string;
  readonly clientAddress: string | undefined;
  /** The HTTP request: what its corpus version is pinned to, from its first hook to its context. */
  readonly req: IncomingMessage;
}

export interface ApiHandlerOptions<TContext extends BaseContext = GraphQLContext> {
  /** Browser origins allowed to call the API (CORS; `*`: any); none given, no CORS headers at all (the subgraph). */
  readonly corsOrigins?: readonly string[];
  /** In order, before the body is read: the lifecycle gate, non-JSON POSTs, a missing subgraph secret, … */
  readonly refusals: readonly Refusal[];
  /** The largest request body accepted, in body-parser's notation ("100kb"). */
  readonly bodyLimit: string;
  /** Around Apollo, in order (see hooks.ts): the response cache, persisted documents, … */
  readonly hooks: readonly HttpHook[];
  /** Apollo, once the server is ready (until then a refusal, the lifecycle gate, answers 503). */
  readonly graphql: () => ApiGraphQL<TContext> | undefined;
  /** Where failures of the HTTP handling are logged. */
  readonly logger: Logger;
  /** Writes the log line of every request, refused or answered. */
  readonly requestLog: RequestLog;
}

/**
 * The API's HTTP handling on node:http, as an Apollo Server integration: a request id and a
 * log line for every request, CORS, the refusals, the JSON body, the hooks' onRequest, Apollo's
 * executeHTTPGraphQLRequest, the hooks' onResponse. Express serves only the routes beside the API
 * (status-routes.ts): its router and response helpers are too heavy for the API's requests.
 */
export function createApiHandler<TContext extends BaseContext = GraphQLContext>({
  corsOrigins,
  refusals,
  bodyLimit,
  hooks,
  graphql,
  logger,
  requestLog,
}: ApiHandlerOptions<TContext>): RequestListener {
  const allowCors = corsOrigins ? cors({ origin: corsOriginOption(corsOrigins) }) : undefined;
  const bodies = jsonBodyReader(bodyLimit);
  const onRequest = hooks.filter((hook) => hook.onRequest);
  const beforeGraphQL = hooks.filter((hook) => hook.beforeGraphQL);
  const onResponse = hooks.filter((hook) => hook.onResponse);

  const answer = async (req: IncomingMessage, res: ServerResponse, requestId: string, log: RequestLogEntry): Promise<void> => {
    let read: ReadBody | undefined;
    if (req.method === 'POST') {
      try {
        read = await bodies.read(req, res);
      } catch (error) {
        return answerBodyError(error as BodyError, res, bodyLimit);
      }
    }
    const request: ApiRequest = {
      req,
      requestId,
      log,
      url: req.url ?? '/graphql',
      rawBody: read?.rawBody,
      get body() {
        return read?.body;
      },
    };
    let body: unknown;
    try {
      for (const hook of onRequest) if (hook.onRequest!(request, res)) return;
      body = request.body;
    } catch (error) {
      // The body is parsed when first used (a cache hit needs only its bytes): not JSON is a 400.
      if (error instanceof UnparsableBody) return answerBodyError(error, res, bodyLimit);
      throw error;
    }
    for (const hook of beforeGraphQL) if (await hook.beforeGraphQL!(request, res)) return;

    const { apollo, context } = graphql()!;
    const httpGraphQLRequest: LoggedHTTPGraphQLRequest = {
      method: req.method!.toUpperCase(),
      headers: headerMapOf(req),
      search: searchOf(request.url),
      body,
      requestLog: log,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => context({ requestId, clientAddress: req.socket.remoteAddress, req }),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Apollo's own refusals (CSRF, a malformed request, 406) reach no plugin: their codes are in the body.
      if (res.statusCode >= 400 && log.errorCodes.length === 0) log.answeredErrors(errorCodesOfBody(response.body.string), res.statusCode);
      for (const hook of onResponse) hook.onResponse!(request, { status: res.statusCode, body: response.body.string }, res);
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    const requestId = assignRequestIdTo(req, res);
    const log = requestLog.start(req, res, requestId);
    let corsPassed = !allowCors;
    allowCors?.(req, res, () => (corsPassed = true)); // a preflight is answered by cors itself
    if (!corsPassed || refusals.some((refuse) => refuse(req, res))) return;
    answer(req, res, requestId, log).catch((error: unknown) => {
      logger.error({ err: loggedError(error), requestId }, 'the API failed to answer a request');
      log.answeredErrors([INTERNAL_SERVER_ERROR], 500);
      if (res.headersSent) return void res.destroy();
      sendJson(res, 500, { errors: [maskUnexpectedError({ message: 'unexpected' }, requestId)] });
    });
  };
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The query string of a URL, with its "?" (Apollo's `search`), or "". */
function searchOf(url: string): string {
  const start = url.indexOf('?');
  return start === -1 ? '' : url.slice(start);
}
