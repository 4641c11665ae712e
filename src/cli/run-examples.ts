/**
 * `npm run examples`: runs every named operation of schema/operations/ against the bundled
 * corpus and prints each with its answer, as Markdown (README's examples come from here).
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDirectory } from '../corpus-dir';
import { createContext } from '../graphql/context';
import { buildClientSchema } from '../graphql/schema';
import { loadCorpus } from '../loader';
import { CorpusRepository } from '../repository';
import { createApolloServer } from '../server/apollo/create-apollo-server';
import { limitFeatures } from '../server/plugins/limits';
import { OPERATIONS_DIR } from '../server/apollo/sandbox-example';

async function main(): Promise<void> {
  const repository = new CorpusRepository(loadCorpus(corpusDirectory()));
  // With the default limits, so that each answer says what it cost, as the server's would.
  const { plugins, validationRules } = limitFeatures({});
  const apollo = createApolloServer({ schema: await buildClientSchema(), production: false, plugins, validationRules });
  await apollo.start();
  for (const file of readdirSync(OPERATIONS_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    const query = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
    const response = await apollo.executeOperation({ query }, { contextValue: createContext(repository) });
    const body = response.body.kind === 'single' ? response.body.singleResult : response.body;
    console.log(`### ${file}\n\n\`\`\`graphql\n${query.trim()}\n\`\`\`\n\n\`\`\`json\n${JSON.stringify(body, null, 2)}\n\`\`\`\n`);
  }
  await apollo.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
