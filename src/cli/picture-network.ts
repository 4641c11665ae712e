/**
 * Draws a network as a static SVG, from its GraphML export: Yerlan Karin's network within two
 * ties (or `--seed`, `--hops`), laid out by ForceAtlas2 and drawn by graphology-svg. Writes
 * the GraphML and the SVG under docs/ (README, "Networks, paths and exports").
 *
 *   npm run picture:network -- [--seed person:yerlan-karin] [--hops 2] [--out docs/network-karin]
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { MultiUndirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import render from 'graphology-svg/renderer';
import { corpusDirectory } from '../corpus-dir';
import { graphmlOf, networkGraphOf } from '../export';
import { loadCorpus } from '../loader';
import { PROJECT_DIR } from '../paths';
import { CorpusRepository } from '../repository';

/** Colours: people and organisations; ties by kind. */
const NODE_COLOURS: Record<string, string> = { person: '#d95f02', organisation: '#1b9e77' };
const TIE_COLOURS: Record<string, string> = { MET: '#b8b8b8', AFFILIATED: '#7570b3', COMMITTED: '#e7298a' };
const LAYOUT_ITERATIONS = 600;
const [WIDTH, HEIGHT, MARGIN] = [1400, 1000, 110];

function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: 'person:yerlan-karin' },
      hops: { type: 'string', default: '2' },
      out: { type: 'string', default: 'docs/network-karin' },
    },
  });
  const hops = Number(values.hops);
  if (!Number.isInteger(hops) || hops < 0 || hops > 3) throw new Error(`--hops must be a whole number from 0 to 3 (got ${values.hops})`);
  const repository = new CorpusRepository(loadCorpus(corpusDirectory()));
  if (!repository.actorsByIds([values.seed])[0]) throw new Error(`--seed must be the id of a person or organisation of the corpus (got ${values.seed})`);

  const graphml = graphmlOf(networkGraphOf(repository, { seedIds: [values.seed], hops, maxActors: 100 }).graph);
  const out = join(PROJECT_DIR, values.out);
  writeFileSync(`${out}.graphml`, graphml);

  // Drawn from the GraphML as written, read back by graphology's own parser.
  const graph = parseGraphml(MultiUndirectedGraph, graphml);
  // A deterministic start (a circle, nearest actors first), so that the picture is the same on every run.
  graph.forEachNode((node, attributes) => {
    const angle = (2 * Math.PI * graph.nodes().indexOf(node)) / graph.order;
    graph.mergeNodeAttributes(node, { x: Math.cos(angle) * (1 + Number(attributes.distance)), y: Math.sin(angle) * (1 + Number(attributes.distance)) });
  });
  forceAtlas2.assign(graph, { iterations: LAYOUT_ITERATIONS, settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10 } });
  // graphology-svg scales positions and sizes alike to fit the picture: sizes are given in layout units, for pixels.
  const xs = graph.mapNodes((_node, a) => Number(a.x));
  const ys = graph.mapNodes((_node, a) => Number(a.y));
  const [cx, cy] = [xs.reduce((s, x) => s + x, 0) / xs.length, ys.reduce((s, y) => s + y, 0) / ys.length];
  const radius = Math.max(...xs.map((x, i) => Math.hypot(x - cx, ys[i]! - cy)), 1e-9);
  const pixelsPerUnit = (Math.min(WIDTH, HEIGHT) - 2 * MARGIN) / (2 * radius);
  const svg = render(graph, {
    margin: MARGIN,
    width: WIDTH,
    height: HEIGHT,
    nodes: {
      reducer: (_settings, node, attributes) => ({
        label: String(attributes.label),
        x: Number(attributes.x),
        y: Number(attributes.y),
        size: (6 + 1.2 * Math.sqrt(graph.degree(node))) / pixelsPerUnit,
        color: NODE_COLOURS[String(attributes.type)] ?? '#999',
      }),
      defaultColor: '#999',
    },
    edges: {
      reducer: (_settings, _edge, attributes) => ({ size: Math.min(4, Number(attributes.weight)), color: TIE_COLOURS[String(attributes.kind)] ?? '#ccc' }),
      defaultColor: '#ccc',
    },
  });
  writeFileSync(`${out}.svg`, svg);
  console.log(
    `${values.seed}, ${hops} hops: ${graph.order} actors, ${graph.size} ties → ${relative(PROJECT_DIR, out)}.graphml, ${relative(PROJECT_DIR, out)}.svg`,
  );
}

main();
