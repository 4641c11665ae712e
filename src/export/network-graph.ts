import { MultiUndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import { entityTypeOf } from '../domain';
import type { CorpusRepository } from '../repository';

/** An actor of an exported network. */
export interface ActorNode {
  readonly label: string;
  /** person or organisation. */
  readonly type: string;
  /** How many ties from the nearest seed. */
  readonly distance: number;
}

/** A tie of an exported network: what network() answers, with its evidence's quotes. */
export interface TieEdge {
  readonly label: string;
  /** MET, AFFILIATED or COMMITTED (GEXF's edge kind, which Gephi reads for parallel edges). */
  readonly kind: string;
  readonly weight: number;
  /** The quotes of its evidence, separated by EVIDENCE_SEPARATOR. */
  readonly evidence: string;
  readonly events: string;
  readonly commitments: string;
}

/** Between two quotes of one tie's evidence attribute: quotes never hold it. */
export const EVIDENCE_SEPARATOR = ' | ';

export interface NetworkRequest {
  readonly seedIds: readonly string[];
  readonly hops: number;
  readonly maxActors: number;
}

/**
 * The network that `network(seedIds, hops, maxActors)` answers, as a graphology graph: an
 * actor per node (keyed by id, nearest first), a tie per edge (parallel where two actors
 * have ties of several kinds).
 */
export function networkGraphOf(repository: CorpusRepository, { seedIds, hops, maxActors }: NetworkRequest) {
  const network = repository.network(seedIds, hops, maxActors);
  const graph = new MultiUndirectedGraph<ActorNode, TieEdge>();
  const actors = repository.actorsByIds(network.actorIds);
  network.actorIds.forEach((id, i) => graph.addNode(id, { label: actors[i]!.name, type: entityTypeOf(id) ?? 'actor', distance: network.distances[i]! }));
  for (const tie of network.ties) {
    graph.addEdgeWithKey(`${tie.kind}:${tie.fromId}:${tie.toId}`, tie.fromId, tie.toId, {
      label: tie.kind,
      kind: tie.kind,
      weight: tie.weight,
      evidence: tie.evidence.map((span) => span.quote).join(EVIDENCE_SEPARATOR),
      events: tie.eventIds.join(' '),
      commitments: tie.commitmentIds.join(' '),
    });
  }
  return { graph, truncated: network.truncated };
}

export type NetworkGraph = ReturnType<typeof networkGraphOf>['graph'];

/** GEXF 1.3, by graphology-gexf's writer: Gephi's own format. */
export function gexfOf(graph: NetworkGraph): string {
  return writeGexf(graph, { version: '1.3' });
}

const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['distance', 'int'],
] as const;
const EDGE_KEYS = [
  ['label', 'string'],
  ['kind', 'string'],
  ['weight', 'double'],
  ['evidence', 'string'],
  ['events', 'string'],
  ['commitments', 'string'],
] as const;

/**
 * GraphML (graphology has a GraphML parser but no writer), built with xmlbuilder2, which
 * escapes every value: a key per attribute, an undirected graph, ids as the API's.
 */
export function graphmlOf(graph: NetworkGraph): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  for (const [name, type] of NODE_KEYS) root.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type });
  for (const [name, type] of EDGE_KEYS) root.ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type });
  const body = root.ele('graph', { id: 'network', edgedefault: 'undirected' });
  graph.forEachNode((id, attributes) => {
    const node = body.ele('node', { id });
    for (const [name] of NODE_KEYS) node.ele('data', { key: `n_${name}` }).txt(String(attributes[name]));
  });
  graph.forEachEdge((id, attributes, source, target) => {
    const edge = body.ele('edge', { id, source, target });
    for (const [name] of EDGE_KEYS) edge.ele('data', { key: `e_${name}` }).txt(String(attributes[name]));
  });
  return root.end({ prettyPrint: true });
}
