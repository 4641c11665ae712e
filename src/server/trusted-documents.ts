import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiStep } from './api-step';
import { errorBody, sendJson } from './http-errors';

/** The codegen persisted-documents manifest: { "sha256:<hex>": "<document>" }. */
export const DEFAULT_MANIFEST = join(__dirname, '..', '..', 'client', 'generated', 'persisted-documents.json');

export type DocumentManifest = ReadonlyMap<string, string>;

export function readManifest(file: string): DocumentManifest {
  const entries = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  for (const [id, document] of entries) {
    if (id !== documentIdOf(document)) throw new Error(`${file}: ${id} is not the sha256 of its document; regenerate it with npm run codegen`);
  }
  return new Map(entries);
}

export const documentIdOf = (document: string) => `sha256:${createHash('sha256').update(document).digest('hex')}`;

interface OperationRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/**
 * Runs persisted documents from the manifest: a request may name one by `documentId`
 * ("sha256:<hex>") or by Apollo's `extensions.persistedQuery.sha256Hash`, instead of
 * sending the query. With `trustedOnly`, nothing else runs: any other query is refused.
 */
export function persistedDocuments(manifest: DocumentManifest, { trustedOnly }: { trustedOnly: boolean }): ApiStep {
  return {
    before(request, res) {
      const isGet = request.req.method === 'GET';
      const url = isGet ? new URL(request.url, 'http://localhost') : undefined;
      const operation: OperationRequest = isGet ? readGetRequest(url!.searchParams) : ((request.body ?? {}) as OperationRequest);
      if (Array.isArray(operation)) return false; // batches: Apollo refuses them unless enabled

      const hash = operation.extensions?.persistedQuery?.sha256Hash;
      const id = typeof operation.documentId === 'string' ? operation.documentId : typeof hash === 'string' ? `sha256:${hash}` : undefined;
      if (id !== undefined) {
        const document = manifest.get(id);
        if (document === undefined) {
          if (!trustedOnly && operation.documentId === undefined) return false; // Apollo's own automatic persisted queries
          sendJson(res, 400, errorBody(`Unknown document id ${JSON.stringify(id)}: it is not in this server's persisted-documents manifest; regenerate your client (npm run codegen) or send the query`, 'PERSISTED_QUERY_NOT_FOUND'));
          return true;
        }
        if (url) {
          url.searchParams.set('query', document);
          url.searchParams.delete('documentId');
          request.url = `${url.pathname}?${url.searchParams.toString()}`;
        } else {
          (request.body as OperationRequest).query = document;
          delete (request.body as OperationRequest).documentId;
        }
        return false;
      }
      if (trustedOnly && !(typeof operation.query === 'string' && manifest.has(documentIdOf(operation.query)))) {
        sendJson(
          res,
          400,
          errorBody(
            'This server runs only trusted documents: send the documentId of an operation in its persisted-documents manifest (client/generated/persisted-documents.json) instead of a query',
            'OPERATION_NOT_TRUSTED',
          ),
        );
        return true;
      }
      return false;
    },
  };
}

function readGetRequest(params: URLSearchParams): OperationRequest {
  const extensions = params.get('extensions');
  let parsed: OperationRequest['extensions'];
  try {
    parsed = extensions ? (JSON.parse(extensions) as OperationRequest['extensions']) : undefined;
  } catch {
    parsed = undefined; // Apollo answers malformed extensions itself
  }
  return { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions: parsed };
}
