/**
 * An actor's monthly timeline (Query.timeline, unit MONTH) drawn with Vega-Lite: a bar per
 * month; items dated only to a quarter or a year in a band of their own under it, spanning
 * their whole period, never placed on its first month. Vega runs with its expression
 * interpreter, so the page needs no eval (the CSP allows none).
 */
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';
import { el } from './dom';

export interface TimelineData {
  readonly unit: string;
  readonly undated: number;
  readonly buckets: readonly { readonly period: string; readonly count: number; readonly inferred: number }[];
  readonly coarser: readonly { readonly period: string; readonly unit: string; readonly count: number; readonly inferred: number }[];
}

/** The UTC instants a period covers: "2017" is all of 2017, "2017-Q2" April to June, "2017-06" June, "2017-06-08" that day. */
export function periodRange(period: string): [number, number] {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const year = Number(quarter[1]);
    const first = (Number(quarter[2]) - 1) * 3;
    return [Date.UTC(year, first, 1), Date.UTC(year, first + 3, 1)];
  }
  const [year, month, day] = period.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  if (day === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
  return [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day + 1)];
}

const UNIT_WORDS: Record<string, string> = { YEAR: 'the year', QUARTER: 'the quarter', MONTH: 'the month', DAY: 'the day' };

export async function drawTimeline(container: HTMLElement, timeline: TimelineData): Promise<void> {
  const months = timeline.buckets.map((bucket) => {
    const [start, end] = periodRange(bucket.period);
    return { ...bucket, start, end };
  });
  const coarser = timeline.coarser.map((bucket) => {
    const [start, end] = periodRange(bucket.period);
    return { ...bucket, start, end, middle: (start + end) / 2, label: `${bucket.count} in ${bucket.period}` };
  });
  const notes = el(
    'p',
    { class: 'muted' },
    `${months.reduce((sum, month) => sum + month.count, 0)} items dated to the month or day`,
    coarser.length ? `, ${coarser.reduce((sum, bucket) => sum + bucket.count, 0)} dated only to a quarter or year (the lower band)` : '',
    timeline.undated ? `, ${timeline.undated} with no known year (on no timeline)` : '',
    '.',
  );
  if (!months.length && !coarser.length) {
    container.replaceChildren(notes);
    return;
  }
  const all = [...months, ...coarser];
  const domain = [Math.min(...all.map((item) => item.start)), Math.max(...all.map((item) => item.end))];
  const width = Math.max(320, container.clientWidth - 90);
  const x = { field: 'start', type: 'temporal', title: null, scale: { type: 'utc', domain } } as const;
  const monthly = {
    width,
    height: 150,
    data: { values: months },
    mark: { type: 'rect', color: '#1971c2', tooltip: true },
    encoding: {
      x,
      x2: { field: 'end' },
      y: { field: 'count', type: 'quantitative', title: 'items', axis: { tickMinStep: 1 } },
      tooltip: [
        { field: 'period', title: 'month' },
        { field: 'count', title: 'items' },
        { field: 'inferred', title: 'year partly inferred' },
      ],
    },
  };
  const band = {
    width,
    height: 36,
    data: { values: coarser },
    title: { text: 'Dated only to a quarter or a year', fontSize: 11, anchor: 'start', fontWeight: 'normal' },
    layer: [
      {
        mark: { type: 'rect', color: '#f08c00', opacity: 0.45, stroke: '#e67700', tooltip: true },
        encoding: {
          x,
          x2: { field: 'end' },
          tooltip: [
            { field: 'period', title: 'period' },
            { field: 'count', title: 'items' },
          ],
        },
      },
      { mark: { type: 'text', fontSize: 11 }, encoding: { x: { field: 'middle', type: 'temporal' }, text: { field: 'label' } } },
    ],
  };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    vconcat: coarser.length ? [monthly, band] : [monthly],
    resolve: { scale: { x: 'shared' } },
    config: { font: 'system-ui, sans-serif', view: { stroke: null } },
  } as unknown as TopLevelSpec;
  const chart = el('div', { class: 'timeline-chart', role: 'img', 'aria-label': `Timeline by ${UNIT_WORDS[timeline.unit] ?? timeline.unit}` });
  container.replaceChildren(chart, notes);
  const view = new View(parse(compile(spec).spec, undefined, { ast: true }), {
    expr: expressionInterpreter,
    renderer: 'svg',
    container: chart,
    hover: true,
  } as ConstructorParameters<typeof View>[1]);
  await view.runAsync();
}
