import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the named example operations live: schema/operations/ at the project's top. */
export const OPERATIONS_DIR = join(__dirname, '..', '..', '..', 'schema', 'operations');

/** The operation Sandbox opens with: a person, what they said, and where. */
export function sandboxExample(): { document: string; variables: Record<string, unknown> } {
  return {
    document: readFileSync(join(OPERATIONS_DIR, 'PersonStatements.graphql'), 'utf8'),
    variables: { id: 'person:gyorgy-szabo' },
  };
}
