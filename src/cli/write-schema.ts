/**
 * `npm run schema`: writes the SDL the code defines: schema/schema.graphql (client-facing)
 * and schema/subgraph.graphql (the Federation 2 subgraph, with its directives).
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchemaFromCode, printSubgraphSdl } from '../graphql/federation/subgraph-schema';
import { printClientSchema } from '../graphql/print-schema';
import { buildClientSchema } from '../graphql/schema';
import { SCHEMA_DIR } from '../paths';

async function main(): Promise<void> {
  const clientSchema = await buildClientSchema();
  const files = {
    'schema.graphql': printClientSchema(clientSchema),
    'subgraph.graphql': printSubgraphSdl(await buildSubgraphSchemaFromCode(clientSchema)),
  };
  for (const [name, sdl] of Object.entries(files)) {
    writeFileSync(join(SCHEMA_DIR, name), sdl);
    console.log(`wrote ${join(SCHEMA_DIR, name)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
