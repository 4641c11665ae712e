/** A GraphQL error as the service answers it. */
interface GraphQLError {
  readonly message: string;
}

/** POSTs a query to this service's /graphql; throws with the service's own message when it answers with errors. */
export async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLError[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  if (!body.data) throw new Error(`the service answered ${response.status} with no data`);
  return body.data;
}
