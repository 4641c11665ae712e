/** `npm run start:subgraph`: serves the graph as a Federation 2 subgraph, for a router or gateway. */
import 'reflect-metadata';
import { formatCounts, summariseCorpus } from '../repository';
import { readConfig } from './config';
import { loadRepositoryOrExit } from './load-repository';
import { stopOnSignals } from './signals';
import { startSubgraph } from './start-subgraph';

async function main(): Promise<void> {
  const config = readConfig(process.env, { port: 4001 });
  const repository = loadRepositoryOrExit(config.corpusDir);
  const server = await startSubgraph(repository, { ...config, secret: config.subgraphSecret });
  console.log(`Corpus ${config.corpusDir}: ${formatCounts(summariseCorpus(repository))}`);
  console.log(`Subgraph ready at ${server.url}${config.subgraphSecret ? ' (SUBGRAPH_SECRET required)' : ''}`);
  stopOnSignals(server.stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
