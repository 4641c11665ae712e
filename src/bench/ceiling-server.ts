/**
 * The ceiling: the same schema object and resolvers, executed by graphql-jit behind a bare
 * `node:http` server, with compiled queries cached. No framework, no plugins, no
 * validation after the first time a query is seen: the fastest way Node answers it.
 * Run as `node dist/bench/ceiling-server.js` with PORT, CORPUS_DIR and TARGET=client|subgraph.
 */
import 'reflect-metadata';
import { compileQuery, isCompiledQuery, CompiledQuery } from 'graphql-jit';
import { ExecutionResult, GraphQLSchema, parse, validate } from 'graphql';
import { createServer } from 'node:http';
import { corpusDirectory } from '../corpus-dir';
import { createContext } from '../graphql/context';
import { buildSubgraphSchemaFromCode } from '../graphql/federation/subgraph-schema';
import { buildClientSchema } from '../graphql/schema';
import { loadCorpus } from '../loader';
import { CorpusRepository } from '../repository';

async function main(): Promise<void> {
  const repository = new CorpusRepository(loadCorpus(corpusDirectory()));
  const schema = process.env.TARGET === 'subgraph' ? await buildSubgraphSchemaFromCode() : await buildClientSchema();
  const compiled = new Map<string, CompiledQuery | ExecutionResult>();

  const compile = (schema: GraphQLSchema, query: string) => {
    let entry = compiled.get(query);
    if (!entry) {
      const document = parse(query);
      const errors = validate(schema, document);
      entry = errors.length > 0 ? { errors } : compileQuery(schema, document);
      compiled.set(query, entry);
    }
    return entry;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      const entry = compile(schema, query);
      const result = isCompiledQuery(entry) ? await entry.query(undefined, createContext(repository), variables ?? {}) : entry;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(result));
    });
  });
  server.listen(Number(process.env.PORT ?? 0), () => {
    const address = server.address() as { port: number };
    console.log(`ceiling ready at http://localhost:${address.port}/graphql`);
  });
}

void main();
