import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS_DIR } from '../../server/apollo/sandbox-example';

/** A named operation of schema/operations/. Its variables have defaults in the document. */
export interface ExampleOperation {
  /** The file name without `.graphql`, e.g. "PersonStatements". */
  readonly name: string;
  readonly query: string;
  /** Variables over the document's defaults (the soak's ids at a corpus without the seeds' entities). */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** The example operations, by file name; sent as `{ query }`, each runs with its default variables. */
export function readExampleOperations(dir: string = OPERATIONS_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ name: file.slice(0, -'.graphql'.length), query: readFileSync(join(dir, file), 'utf8') }));
}
