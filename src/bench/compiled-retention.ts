/**
 * `npm run build && node --expose-gc dist/bench/compiled-retention.js [COUNT] [COMPILE_AFTER|off]`
 *
 * What graphql-jit's compiled operations leave in the heap (issue 18): COUNT distinct
 * operations (default 10,000), each run twice through Apollo Server as the client graph runs
 * them, then the heap after a full GC, and the time taken. Run once per setting; compare.
 */
import 'reflect-metadata';
import { createCompiledExecutor } from '../graphql/compiled-execution';
import { createContext } from '../graphql/context';
import { buildClientSchema } from '../graphql/schema';
import { loadCorpus } from '../loader';
import { corpusDirectory } from '../corpus-dir';
import { CorpusRepository } from '../repository';
import { createApolloServer } from '../server/apollo/create-apollo-server';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const setting = process.argv[3] ?? '1';
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const repository = new CorpusRepository(loadCorpus(corpusDirectory()));
  const schema = await buildClientSchema();
  const executor = setting === 'off' ? null : createCompiledExecutor(schema, { compileAfter: Number(setting) });
  const apollo = createApolloServer({ schema, executor, production: true });
  await apollo.start();
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    // Distinct texts, as an attacker sends them: the alias and the page size change.
    const query = `{ a${i}: people(first: ${1 + (i % 50)}) { nodes { id name affiliations { role organisation { name } } } } }`;
    for (let run = 0; run < 2; run++) {
      const response = await apollo.executeOperation({ query }, { contextValue: createContext(repository) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
    }
  }
  const ms = performance.now() - started;
  gc();
  const after = process.memoryUsage().heapUsed;
  const compiled = executor?.compiledOperations ?? 0;
  console.log(
    `JIT_COMPILE_AFTER=${setting}: ${count} distinct operations × 2 runs in ${(ms / 1000).toFixed(1)} s; compiled ${compiled}; heap after GC ${(before / 2 ** 20).toFixed(0)} MB → ${(after / 2 ** 20).toFixed(0)} MB`,
  );
  await apollo.stop();
}

void main();
