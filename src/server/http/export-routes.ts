import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { entityTypeOf, isActorType } from '../../domain';
import { annotationsOf, CSV_EXPORTS, type CsvExport, csvOf, gexfOf, graphmlOf, networkGraphOf, type NetworkRequest } from '../../export';
import { NETWORK_BOUNDS } from '../../graphql/network/network-bounds';
import type { CorpusRepository } from '../../repository';
import { corsOriginOption, type ResponseCacheConfig } from '../config';
import { assignRequestIdTo, type Logger, type RequestLog } from '../plugins/observability';
import { loggedError } from '../plugins/observability/logged-client-text';
import { INTERNAL_SERVER_ERROR } from '../plugins/observability/request-log';
import { sendCachedAnswer } from '../plugins/response-cache/cache-answer';
import { ResponseCache } from '../plugins/response-cache/response-cache';
import { sendError } from './errors';
import { EXPORT_PREFIX, type RequestListener } from './http-server';
import type { Refusal } from './refusals';

/** What one export answers. */
interface Built {
  readonly contentType: string;
  readonly body: string;
}

/** A query parameter the client can fix: answered 400 with this message. */
class BadParameter extends Error {}

type Params = URLSearchParams;

/** Every export, by its file name: what it is built from, and the query parameters it takes. */
const EXPORTS: Record<string, { readonly params: readonly string[]; readonly build: (repository: CorpusRepository, params: Params) => Built }> = {
  'network.graphml': {
    params: ['seed', 'hops', 'maxActors'],
    build: (repository, params) => ({
      contentType: 'application/graphml+xml; charset=utf-8',
      body: graphmlOf(networkGraphOf(repository, networkRequestOf(repository, params)).graph),
    }),
  },
  'network.gexf': {
    params: ['seed', 'hops', 'maxActors'],
    build: (repository, params) => ({
      contentType: 'application/gexf+xml; charset=utf-8',
      body: gexfOf(networkGraphOf(repository, networkRequestOf(repository, params)).graph),
    }),
  },
  ...Object.fromEntries(
    CSV_EXPORTS.map((list: CsvExport) => [
      `${list}.csv`,
      { params: [], build: (repository: CorpusRepository) => ({ contentType: 'text/csv; charset=utf-8; header=present', body: csvOf(repository, list) }) },
    ]),
  ),
  'annotations.jsonld': {
    params: [],
    build: (repository) => ({ contentType: 'application/ld+json; charset=utf-8', body: JSON.stringify(annotationsOf(repository)) }),
  },
};

/** A whole number parameter within bounds, or its default when absent. */
function wholeNumber(params: Params, name: string, min: number, max: number, fallback: number, instead: string): number {
  const given = params.getAll(name);
  if (given.length === 0) return fallback;
  const value = given.length === 1 && /^\d+$/.test(given[0]!) ? Number(given[0]) : Number.NaN;
  if (!(value >= min && value <= max))
    throw new BadParameter(`${name} must be one whole number from ${min} to ${max} (got ${given.map((g) => JSON.stringify(g)).join(', ')}); ${instead}`);
  return value;
}

/** network(seedIds, hops, maxActors)'s arguments, with the same bounds and messages as the API's. */
function networkRequestOf(repository: CorpusRepository, params: Params): NetworkRequest {
  const seedIds = params.getAll('seed');
  if (seedIds.length === 0)
    throw new BadParameter('seed is missing: give the id of an actor to start from, e.g. ?seed=person:yerlan-karin (repeat seed for several)');
  if (seedIds.length > NETWORK_BOUNDS.seeds.max)
    throw new BadParameter(`at most ${NETWORK_BOUNDS.seeds.max} seeds (got ${seedIds.length}); ask for fewer seeds and more hops`);
  const notActors = seedIds.filter((id) => !isActorType(entityTypeOf(id) ?? 'source'));
  if (notActors.length > 0)
    throw new BadParameter(`seed must be a person or organisation id like "person:yerlan-karin"; got ${notActors.map((id) => JSON.stringify(id)).join(', ')}`);
  const found = repository.actorsByIds(seedIds);
  const unknown = seedIds.filter((_id, i) => found[i] === undefined);
  if (unknown.length > 0)
    throw new BadParameter(
      `seed: no person or organisation has the id ${unknown.map((id) => JSON.stringify(id)).join(', ')}; find an actor's id with the API's search`,
    );
  const { hops, maxActors } = NETWORK_BOUNDS;
  return {
    seedIds,
    hops: wholeNumber(params, 'hops', 0, hops.max, hops.default, `a network reaches at most ${hops.max} ties from its seeds`),
    maxActors: wholeNumber(params, 'maxActors', 1, maxActors.max, maxActors.default, `the nearest actors are kept, at most ${maxActors.max}`),
  };
}

export interface ExportHandlerOptions {
  readonly corsOrigins?: readonly string[];
  /** The API's refusals, in order (the lifecycle gate: 503 until the corpus is loaded). */
  readonly refusals: readonly Refusal[];
  /**
   * The corpus version a request is answered from, once loaded (the reviewed view: exports
   * leave drafts out, as lists do by default), and the cache key of that version.
   */
  readonly corpus: (request: IncomingMessage) => { readonly repository: CorpusRepository; readonly version: string; readonly cacheKey: string };
  /** The response cache's bounds and max-age: built exports are kept by URL, as GET answers of the API are. */
  readonly responseCache: ResponseCacheConfig;
  readonly logger: Logger;
  readonly requestLog: RequestLog;
}

/**
 * GET /export/<file>: the network as GraphML or GEXF, the lists as CSV, the evidence as Web
 * Annotations. Like /graphql: a request id and a log line (`operationName`: "export <file>"),
 * CORS, the lifecycle gate, JSON errors (400 for bad parameters), and answers kept by URL in
 * a response cache of the same bounds, with an ETag (304 on If-None-Match) and max-age.
 */
export function createExportHandler({ corsOrigins, refusals, corpus, responseCache, logger, requestLog }: ExportHandlerOptions): RequestListener {
  const allowCors = corsOrigins ? cors({ origin: corsOriginOption(corsOrigins) }) : undefined;
  const cache = responseCache.enabled ? new ResponseCache(responseCache) : undefined;

  const answer = (req: IncomingMessage, res: ServerResponse, log: ReturnType<RequestLog['start']>): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = url.pathname.slice(EXPORT_PREFIX.length);
    const spec = Object.hasOwn(EXPORTS, file) ? EXPORTS[file] : undefined;
    if (!spec) {
      return sendError(
        res,
        404,
        `There is no export ${JSON.stringify(file)}; the exports are ${Object.keys(EXPORTS)
          .map((name) => EXPORT_PREFIX + name)
          .join(', ')}`,
        'NOT_FOUND',
      );
    }
    log.operationName = `export ${file}`;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, `Exports are read with GET (got ${req.method})`, 'METHOD_NOT_ALLOWED', { Allow: 'GET, HEAD' });
    }
    const unknown = [...new Set(url.searchParams.keys())].filter((name) => !spec.params.includes(name));
    if (unknown.length > 0) {
      const takes = spec.params.length > 0 ? `it takes ${spec.params.join(', ')}` : 'it takes no parameters';
      return sendError(res, 400, `${file} does not take ${unknown.map((name) => JSON.stringify(name)).join(', ')}; ${takes}`, 'BAD_USER_INPUT');
    }
    const params = new URLSearchParams([...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const served = corpus(req);
    const key = `${served.cacheKey} ${file}?${params}`;
    const cached = cache?.get(key);
    if (cached) {
      log.answeredFromCache(cached.operation);
      res.setHeader('X-Cache', 'HIT');
      return sendCachedAnswer(cached, req, res, responseCache.maxAgeSeconds);
    }
    let built: Built;
    try {
      built = spec.build(served.repository, params);
    } catch (error) {
      if (error instanceof BadParameter) return sendError(res, 400, error.message, 'BAD_USER_INPUT');
      throw error;
    }
    const body = Buffer.from(built.body, 'utf8');
    res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    const stored = cache?.set(key, 200, built.contentType, body, log.summary(), served.version);
    if (stored) {
      res.setHeader('X-Cache', 'MISS');
      return sendCachedAnswer(stored, req, res, responseCache.maxAgeSeconds);
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', built.contentType);
    res.setHeader('Content-Length', body.length);
    res.end(body);
  };

  return (req, res) => {
    const requestId = assignRequestIdTo(req, res);
    const log = requestLog.start(req, res, requestId);
    let corsPassed = !allowCors;
    allowCors?.(req, res, () => (corsPassed = true));
    if (!corsPassed || refusals.some((refuse) => refuse(req, res))) return;
    try {
      answer(req, res, log);
    } catch (error) {
      logger.error({ err: loggedError(error), requestId }, 'an export failed');
      if (res.headersSent) return void res.destroy();
      sendError(res, 500, `The export failed unexpectedly; the server's log has it under request id ${requestId}`, INTERNAL_SERVER_ERROR);
    }
  };
}
