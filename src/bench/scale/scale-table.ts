import { print } from 'graphql';
import { BATCH, ID_OPERATION, KEYS, OPERATIONS, RELATION_OPERATION, ROUNDS } from './lookup-timing';
import type { Measurement } from './measure-corpus';

/** A corpus's row of the report: its measurement, under the size it was asked for. */
export interface Row extends Measurement {
  readonly label: string;
  readonly generateMs?: number;
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mb = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value).toLocaleString('en-US')} MB`);
const ns = (value: number) => `${Math.round(value)} ns`;
const us = (value: number) => `${value.toFixed(1)} µs`;

/** The report's Markdown: the table, ratios against the first row, and how each figure was measured. */
export function scaleTable(rows: readonly Row[]): string {
  const base = rows[0]!;
  const header = [
    'entities',
    'articles',
    'generate',
    'load',
    'index',
    'boot',
    'boot CPU',
    'RSS after boot',
    'peak RSS (boot)',
    'id lookup / key',
    'relation lookup / key',
    'id lookup operation',
    'relation lookup operation',
    ...(rows.some((row) => row.searchIndexMs !== undefined) ? ['search index (lazy)', 'RSS with search'] : []),
  ];
  const lines = rows.map((row) => [
    row.entities.toLocaleString('en-US'),
    row.articles.toLocaleString('en-US'),
    seconds(row.generateMs),
    seconds(row.loadMs),
    seconds(row.indexMs),
    seconds(row.loadMs + row.indexMs),
    seconds(row.bootCpuMs),
    mb(row.rssMb),
    mb(row.peakRssMb),
    `${ns(row.idNs)} (${(row.idNs / base.idNs).toFixed(2)}×)`,
    `${ns(row.relationNs)} (${(row.relationNs / base.relationNs).toFixed(2)}×)`,
    `${us(row.idOperationUs)} (${(row.idOperationUs / base.idOperationUs).toFixed(2)}×)`,
    `${us(row.relationOperationUs)} (${(row.relationOperationUs / base.relationOperationUs).toFixed(2)}×)`,
    ...(row.searchIndexMs !== undefined ? [seconds(row.searchIndexMs), mb(row.rssWithSearchMb)] : []),
  ]);
  const detail = rows.map(
    (row) =>
      `- ${row.label}: ${Object.entries(row.relationDetailNs)
        .map(([name, value]) => `${name} ${ns(value)}`)
        .join(', ')}`,
  );
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines.map((line) => `| ${line.join(' | ')} |`),
    '',
    `Lookups per key: the repository's batch methods, ${KEYS.toLocaleString('en-US')} random keys in batches of ${BATCH} (as a DataLoader batches them), median of ${ROUNDS} rounds; ratios against the first row.`,
    `Lookup operations: ${OPERATIONS.toLocaleString('en-US')} executions each through the schema (parsed and validated once, as Apollo caches them; a fresh context per execution), random people, median.`,
    `- id: ${print(ID_OPERATION).replace(/\s+/g, ' ')}`,
    `- relation: ${print(RELATION_OPERATION).replace(/\s+/g, ' ')}`,
    'Relation lookups per relation:',
    ...detail,
  ].join('\n');
}
