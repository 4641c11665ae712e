/** `npm run schema`: writes the SDL the code defines to schema/, for consumers and for review. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printClientSchema } from '../graphql/print-schema';
import { buildClientSchema } from '../graphql/schema';

export const SCHEMA_DIR = join(__dirname, '..', '..', 'schema');

async function main(): Promise<void> {
  const file = join(SCHEMA_DIR, 'schema.graphql');
  writeFileSync(file, printClientSchema(await buildClientSchema()));
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
