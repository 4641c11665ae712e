/**
 * `npm run supergraph`: composes the subgraphs listed in supergraph.yaml into
 * schema/supergraph.graphql, or prints composition's own errors and exits 1.
 */
import { writeFileSync } from 'node:fs';
import { composeSupergraph } from '../gateway/compose';
import { readSupergraphConfig } from '../gateway/supergraph-config';
import { SUPERGRAPH_CONFIG, SUPERGRAPH_SDL } from '../paths';

const composition = composeSupergraph(readSupergraphConfig(SUPERGRAPH_CONFIG));
if ('errors' in composition) {
  console.error(`The subgraphs in ${SUPERGRAPH_CONFIG} do not compose:\n${composition.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_SDL, composition.supergraphSdl);
composition.hints.forEach((hint) => console.log(`hint: ${hint}`));
console.log(`wrote ${SUPERGRAPH_SDL}`);
