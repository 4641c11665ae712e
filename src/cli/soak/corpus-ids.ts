import type { ExampleOperation } from './example-operations';

/** The root list of each kind of id (its prefix): where to find an id of that kind the corpus holds. */
const LIST_OF_PREFIX: Readonly<Record<string, string>> = {
  person: 'people',
  organisation: 'organisations',
  event: 'events',
  commitment: 'commitments',
};

const ID_DEFAULT = /\$id: ID! = "([a-z]+):[^"]*"/;

async function post(url: string, query: string): Promise<{ data?: Record<string, unknown> | null }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: Record<string, unknown> | null };
}

/**
 * The example operations, each asking about an entity the served corpus holds: an example whose
 * default `$id` (one of the seeds') is not there, e.g. at a synthetic corpus, gets the first id
 * of its kind from the root list, as a variable. Otherwise it would answer null and do no work.
 */
export async function withCorpusIds(url: string, examples: readonly ExampleOperation[]): Promise<ExampleOperation[]> {
  return Promise.all(
    examples.map(async (example) => {
      const prefix = ID_DEFAULT.exec(example.query)?.[1];
      const list = prefix === undefined ? undefined : LIST_OF_PREFIX[prefix];
      if (list === undefined) return example;
      const answer = await post(url, example.query);
      if (answer.data && Object.values(answer.data).every((value) => value !== null)) return example;
      const first = await post(url, `{ ${list}(first: 1) { nodes { id } } }`);
      const id = (first.data?.[list] as { nodes?: { id: string }[] } | undefined)?.nodes?.[0]?.id;
      if (id === undefined) throw new Error(`The corpus has no ${prefix} to send ${example.name} about (\`${list}\` answered ${JSON.stringify(first)})`);
      return { ...example, variables: { id } };
    }),
  );
}
