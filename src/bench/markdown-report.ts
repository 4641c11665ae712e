import type { CorpusFigures } from './figures';
import { type LoadResult, throughputRatio } from './load';

const ratio = (a: LoadResult, b: LoadResult) => throughputRatio(a, b).toFixed(2);
const perSecond = (result: LoadResult) => Math.round(result.requestsPerSecond).toString();

/** One corpus's figures as the Markdown table README shows, with the cached mix below it. */
export function corpusMarkdown(figures: CorpusFigures): string {
  const rows = [...figures.queries, { name: '**mix**', ...figures.mix }].map((q) => [
    q.name,
    perSecond(q.shipped),
    perSecond(q.ceiling),
    perSecond(q.limit),
    ratio(q.shipped, q.ceiling),
    ratio(q.shipped, q.limit),
    `${q.shipped.p50Ms} / ${q.shipped.p99Ms}`,
  ]);
  const cached = figures.mix.shippedCached;
  return [
    `**${figures.corpus}** (${figures.entities.toLocaleString('en-US')} entities)`,
    '',
    '| query | shipped req/s | ceiling req/s | limit req/s | shipped/ceiling | shipped/limit | shipped p50 / p99 ms |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `With the response cache on (repeated operations), the mix runs at ${perSecond(cached)} req/s, ${ratio(cached, figures.mix.limit)} of the limit, ` +
      `p50 ${cached.p50Ms} ms, p99 ${cached.p99Ms} ms. Server RSS: ${(figures.rss.shipped! / 2 ** 20).toFixed(0)} MB.`,
  ].join('\n');
}
