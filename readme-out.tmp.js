require('/work/wt-analysis-network/node_modules/reflect-metadata');
const { execute, parse } = require('/work/wt-analysis-network/node_modules/graphql');
const { buildClientSchema } = require('/work/wt-analysis-network/dist/graphql/schema');
const { createContext } = require('/work/wt-analysis-network/dist/graphql/context');
const { loadCorpus } = require('/work/wt-analysis-network/dist/loader');
const { CorpusRepository } = require('/work/wt-analysis-network/dist/repository');
(async () => {
  const repo = new CorpusRepository(loadCorpus('/work/wt-analysis-network/seeds'));
  const schema = await buildClientSchema();
  for (const q of process.argv.slice(2)) {
    const r = await execute({ schema, document: parse(q), contextValue: createContext(repo) });
    console.log(JSON.stringify(r, null, 2));
  }
})();
