import type { LoadResult } from './load';

/** One query of the mix, driven against each server. */
export interface QueryFigures {
  readonly name: string;
  readonly shipped: LoadResult;
  readonly ceiling: LoadResult;
  readonly limit: LoadResult;
  readonly responseBytes: number;
}

/** One corpus's run: each query, the mix, and each server's memory. */
export interface CorpusFigures {
  readonly corpus: string;
  readonly entities: number;
  readonly queries: QueryFigures[];
  readonly mix: Omit<QueryFigures, 'name' | 'responseBytes'> & { readonly shippedCached: LoadResult };
  readonly rss: Record<string, number>;
}
