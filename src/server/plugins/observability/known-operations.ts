import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS_DIR } from '../../apollo/sandbox-example';

const OPERATION_NAME = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;

/**
 * The operation names the service knows, and labels metrics with: those of the persisted-documents
 * manifest and of the example operations (schema/operations/). Read once at start.
 */
export function knownOperationNames(manifestFile: string, operationsDir: string = OPERATIONS_DIR): ReadonlySet<string> {
  const texts: string[] = [];
  if (existsSync(manifestFile)) texts.push(...Object.values(JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>));
  if (existsSync(operationsDir)) {
    for (const file of readdirSync(operationsDir)) if (file.endsWith('.graphql')) texts.push(readFileSync(join(operationsDir, file), 'utf8'));
  }
  return new Set(texts.flatMap((text) => [...text.matchAll(OPERATION_NAME)].map((match) => match[1]!)));
}
