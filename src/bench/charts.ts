import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFigures } from './figures';

// vega and vega-lite ship ES modules only: loaded with import(), which tsc must not rewrite.
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

/** Renders a Vega-Lite spec to an SVG file. */
async function renderSvg(spec: object, file: string): Promise<void> {
  const vegaLite = await importEsm<{ compile: (spec: object) => { spec: object } }>('vega-lite');
  const vega = await importEsm<{ View: new (runtime: unknown, options: object) => { toSVG(): Promise<string> }; parse: (spec: object) => unknown }>('vega');
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  writeFileSync(file, await view.toSVG());
}

/**
 * Draws the benchmark's charts: throughput as shipped against the ceiling, per query (for
 * the first corpus), and p99 latency and RSS against corpus size (when several were run).
 */
export async function drawCharts(results: readonly CorpusFigures[], outDir: string): Promise<string[]> {
  const files: string[] = [];
  const first = results[0];
  if (first) {
    const values = [...first.queries, { name: 'MIX', ...first.mix }].flatMap((q) => [
      { query: q.name, server: 'shipped', rps: Math.round(q.shipped.requestsPerSecond) },
      { query: q.name, server: 'ceiling (graphql-jit)', rps: Math.round(q.ceiling.requestsPerSecond) },
    ]);
    const file = join(outDir, 'throughput.svg');
    await renderSvg(
      {
        $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
        title: `Requests per second, shipped against the ceiling (corpus: ${first.corpus}, ${first.entities} entities)`,
        data: { values },
        mark: 'bar',
        encoding: {
          y: { field: 'query', type: 'nominal', title: null },
          yOffset: { field: 'server' },
          x: { field: 'rps', type: 'quantitative', title: 'requests/s' },
          color: { field: 'server', type: 'nominal', title: null },
        },
        width: 520,
      },
      file,
    );
    files.push(file);
  }
  if (results.length > 1) {
    const values = results.flatMap((r) => [
      { entities: r.entities, measure: 'mix p99 latency (ms)', value: r.mix.shipped.p99Ms },
      { entities: r.entities, measure: 'server RSS (MB)', value: Math.round(r.rss.shipped! / 2 ** 20) },
    ]);
    const file = join(outDir, 'scale.svg');
    await renderSvg(
      {
        $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
        title: 'The shipped server against corpus size',
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'entities', type: 'quantitative', scale: { type: 'log' }, title: 'entities in the corpus' },
          y: { field: 'value', type: 'quantitative', title: null },
          color: { field: 'measure', type: 'nominal', title: null },
        },
        width: 520,
      },
      file,
    );
    files.push(file);
  }
  return files;
}
