import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../../src/gateway/compose';
import { readSupergraphConfig } from '../../src/gateway/supergraph-config';
import { buildSubgraphSchemaFromCode, printSubgraphSdl } from '../../src/graphql/federation/subgraph-schema';
import { ENTITY_TYPE_NAMES } from '../../src/graphql/federation/reference-resolvers';

const PROJECT = join(__dirname, '..', '..');
const committed = (name: string) => readFileSync(join(PROJECT, 'schema', name), 'utf8');

describe('the committed federation schemas', () => {
  test('schema/subgraph.graphql is what the code prints (run `npm run schema` after changing the schema)', async () => {
    expect(committed('subgraph.graphql')).toBe(printSubgraphSdl(await buildSubgraphSchemaFromCode()));
  });

  test('schema/supergraph.graphql is the composition of supergraph.yaml (run `npm run supergraph` after changing a subgraph)', () => {
    const composition = composeSupergraph(readSupergraphConfig(join(PROJECT, 'supergraph.yaml')));
    if ('errors' in composition) throw new Error(composition.errors.join('\n'));
    expect(committed('supergraph.graphql')).toBe(composition.supergraphSdl);
  });

  test('the subgraph links Federation 2 and keys every entity by id; value types are shareable', () => {
    const sdl = committed('subgraph.graphql');
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    for (const type of ENTITY_TYPE_NAMES) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)`));
    }
    for (const type of ['PageInfo', 'PartialDate', 'MonetaryAmount']) {
      expect(sdl).toMatch(new RegExp(`type ${type}\\s+@shareable`));
    }
  });

  test('the client-facing schema shows no federation internals', () => {
    const sdl = committed('schema.graphql');
    for (const internal of ['_entities', '_service', '_Any', '@key', '@link', '@shareable']) {
      expect(sdl).not.toContain(internal);
    }
  });

  test('composition reports its own errors when subgraphs do not compose', () => {
    const clash = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Person @key(fields: "id") { id: ID! name: Int! }`;
    const composition = composeSupergraph([
      { name: 'security-graph', routingUrl: 'http://localhost:4001/graphql', sdl: committed('subgraph.graphql') },
      { name: 'clash', routingUrl: 'http://localhost:4002/graphql', sdl: clash },
    ]);
    expect('errors' in composition && composition.errors.join('\n')).toMatch(/Person\.name/);
  });
});
