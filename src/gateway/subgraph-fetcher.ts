import { GraphQLError } from 'graphql';

/**
 * The gateway's fetch to one subgraph, bounded in time. A subgraph that is down or too
 * slow becomes an error that names it and says what happened, not "fetch failed".
 */
export function subgraphFetcher(name: string, timeoutMs: number) {
  return async (url: string, init?: RequestInit): Promise<Response> => {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new GraphQLError(`The ${name} subgraph is unavailable: ${reasonOf(error, timeoutMs)}. Try again shortly.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: name },
      });
    }
  };
}

function reasonOf(error: unknown, timeoutMs: number): string {
  const { name, cause } = error as { name?: string; cause?: { code?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  return cause?.code ?? (error as Error).message;
}
