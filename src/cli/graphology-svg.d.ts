declare module 'graphology-svg/renderer' {
  import type Graph from 'graphology-types';

  /** What graphology-svg draws of one node or edge. */
  export interface SvgNode {
    label?: string;
    x: number;
    y: number;
    size?: number;
    color?: string;
  }
  export interface SvgEdge {
    size?: number;
    color?: string;
  }
  export interface SvgSettings {
    margin: number;
    width: number;
    height: number;
    nodes: { reducer: ((settings: SvgSettings, node: string, attributes: Record<string, unknown>) => SvgNode) | null; defaultColor: string };
    edges: { reducer: ((settings: SvgSettings, edge: string, attributes: Record<string, unknown>) => SvgEdge) | null; defaultColor: string };
  }
  /** The SVG document of a graph whose nodes have x and y. */
  export default function render(graph: Graph, settings: SvgSettings): string;
}
