import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TrustedDocumentsConfig } from '../config';
import type { ApiRequest, HttpHook } from '../http/hooks';
import { countTokens } from './limits/query-size';
import { sendError } from '../http/errors';

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
 * Runs persisted documents from the manifest (TRUSTED_DOCUMENTS_MANIFEST, by default the
 * codegen's): a request may name one by `documentId` ("sha256:<hex>") or by Apollo's
 * `extensions.persistedQuery.sha256Hash`, instead of sending the query. With `trustedOnly`
 * (TRUSTED_DOCUMENTS_ONLY, off by default), nothing else runs: any other query is refused,
 * unless its text is one of the manifest's documents as written (see trustedDocumentFinder).
 */
export function persistedDocumentsHook({ manifest: file, trustedOnly }: TrustedDocumentsConfig): HttpHook {
  const manifest = readManifest(file);
  const trustedDocumentOf = trustedDocumentFinder(manifest);

  /** What to run for one operation: the manifest's document, what was sent (undefined), or a refusal. */
  const documentFor = (operation: OperationRequest): { document?: string; refusal?: { message: string; code: string } } => {
    const hash = operation.extensions?.persistedQuery?.sha256Hash;
    const id = typeof operation.documentId === 'string' ? operation.documentId : typeof hash === 'string' ? `sha256:${hash}` : undefined;
    if (id !== undefined) {
      const document = manifest.get(id);
      if (document !== undefined) return { document };
      if (!trustedOnly && operation.documentId === undefined) return {}; // Apollo's own automatic persisted queries
      return {
        refusal: {
          message: `Unknown document id ${JSON.stringify(id)}: it is not in this server's persisted-documents manifest; regenerate your client (npm run codegen) or send the query`,
          code: 'PERSISTED_QUERY_NOT_FOUND',
        },
      };
    }
    if (!trustedOnly) return {};
    const document = typeof operation.query === 'string' ? trustedDocumentOf(operation.query) : undefined;
    if (document === undefined) {
      return {
        refusal: {
          message:
            "This server runs only trusted documents: send the documentId of an operation in its persisted-documents manifest (client/generated/persisted-documents.json), or that operation's text, instead of another query",
          code: 'OPERATION_NOT_TRUSTED',
        },
      };
    }
    return document === operation.query ? {} : { document };
  };

  return {
    name: 'persisted-documents',
    onRequest(request, res) {
      if (request.req.method === 'GET') {
        const url = new URL(request.url, 'http://localhost');
        const { document, refusal } = documentFor(readGetRequest(url.searchParams));
        if (refusal) {
          sendError(res, 400, refusal.message, refusal.code);
          return true;
        }
        if (document !== undefined) runGetDocument(request, url, document);
        return false;
      }
      // A batch (where HTTP_BATCHING allows one) is checked operation by operation: each must be allowed.
      const body = request.body ?? {};
      const operations = (Array.isArray(body) ? body : [body]) as OperationRequest[];
      const verdicts = operations.map((operation) => (operation !== null && typeof operation === 'object' ? documentFor(operation) : {}));
      const refused = verdicts.findIndex((verdict) => verdict.refusal);
      if (refused !== -1) {
        const { message, code } = verdicts[refused]!.refusal!;
        sendError(res, 400, Array.isArray(body) ? `Operation ${refused} of the batch: ${message}` : message, code);
        return true;
      }
      verdicts.forEach(({ document }, i) => document !== undefined && runPostDocument(operations[i]!, document));
      return false;
    },
  };
}

/** Has a GET run `document` from the manifest instead of what it named or sent. */
function runGetDocument(request: ApiRequest, url: URL, document: string): void {
  url.searchParams.set('query', document);
  url.searchParams.delete('documentId');
  request.url = `${url.pathname}?${url.searchParams.toString()}`;
}

/** Has a POSTed operation run `document` from the manifest instead of what it named or sent. */
function runPostDocument(operation: OperationRequest, document: string): void {
  operation.query = document;
  delete operation.documentId;
}

/**
 * The manifest's document a query text stands for, if any. GraphQL Code Generator's client
 * preset wrote each document normalised (printExecutableGraphQLDocument: no comments,
 * selections sorted, on one line), so the operation's file, as Sandbox or a client sends it,
 * is not the manifest's text: the query is normalised the same way and looked up again.
 * The manifest's own document is what runs. Queries with more tokens than the largest
 * document are refused unread, and verdicts are kept by hash: clients send the same few texts.
 */
function trustedDocumentFinder(manifest: DocumentManifest): (query: string) => string | undefined {
  const maxTokens = Math.max(0, ...[...manifest.values()].map(countTokens));
  const normalise = (query: string): string | undefined => {
    try {
      return printExecutableGraphQLDocument(parse(query, { noLocation: true, maxTokens }));
    } catch {
      return undefined; // too long or not GraphQL: no manifest document
    }
  };
  const verdicts = new LRUCache<string, { document?: string }>({ max: 256 });
  return (query) => {
    const id = documentIdOf(query);
    const exact = manifest.get(id);
    if (exact !== undefined) return exact;
    let verdict = verdicts.get(id);
    if (verdict === undefined) {
      const normalised = normalise(query);
      verdict = { document: normalised === undefined ? undefined : manifest.get(documentIdOf(normalised)) };
      verdicts.set(id, verdict);
    }
    return verdict.document;
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
