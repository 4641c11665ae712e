/** Small HTTP helpers for tests that talk to a real server on loopback. */

export interface HttpResult<TBody = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: TBody;
}

export interface GraphQLBody {
  // Each test's own query gives `data` its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly data?: any;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a JSON body (or a raw string) and parses the JSON answer. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult<GraphQLBody>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLBody };
}

export async function getJson(url: string, headers: Record<string, string> = {}): Promise<HttpResult<GraphQLBody>> {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLBody };
}
