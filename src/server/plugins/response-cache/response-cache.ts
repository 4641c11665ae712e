import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { OperationSummary } from '../observability/request-log';

/** An answer as it went on the wire: status, media type and bytes, with its entity tag, and what its log line said of it. */
export interface CachedResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
  readonly etag: string;
  readonly operation: OperationSummary;
}

export interface ResponseCacheOptions {
  /** The memory the cached bodies may take, in bytes. */
  readonly maxBytes: number;
  /** Answers larger than this are not cached (one huge answer must not evict all others). */
  readonly maxEntryBytes: number;
  /** How long an answer is kept, in milliseconds; undefined: until evicted (the client graph's keys name the corpus version). */
  readonly ttlMs?: number;
}

/**
 * Whole answers, by request and corpus version (the hook's keys begin with it): a version
 * never changes while it is served, so the same request to it always gets the same bytes. Bounded by the bytes it holds (least recently used
 * answers go first).
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(private readonly options: ResponseCacheOptions) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + key.length,
      ...(options.ttlMs === undefined ? {} : { ttl: options.ttlMs, ttlAutopurge: false }),
    });
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  /**
   * Keeps an answer; undefined when it is too large to keep. Its entity tag names the corpus
   * version it was answered from, and its bytes: a new version never revalidates an old answer.
   */
  set(key: string, status: number, contentType: string, body: Buffer, operation: OperationSummary, corpusVersion: string): CachedResponse | undefined {
    if (body.length > this.options.maxEntryBytes) return undefined;
    // One tag per representation (the same bytes as application/json and as graphql-response+json
    // are two), named after the corpus version it was answered from.
    const etag = `"${corpusVersion.slice(0, 16)}-${createHash('sha1').update(contentType).update('\n').update(body).digest('base64url')}"`;
    const entry = { status, contentType, body, etag, operation };
    this.entries.set(key, entry);
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.entries.calculatedSize;
  }
}
