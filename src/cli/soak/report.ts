import type { Result } from 'autocannon';
import type { RequestOutcome } from './soak-requests';

const MB = 1024 * 1024;

export interface RssFigures {
  readonly start?: number;
  readonly peak?: number;
  readonly end?: number;
}

/**
 * How far the RSS may grow from start (idle, corpus loaded) to end (after the load): by
 * `maxGrowthMb`, or to `maxFactor` × the start, whichever allows more. A server warms up
 * under load (its heap and buffers grow to a working set, then stay); a leak keeps growing.
 */
export interface RssBounds {
  readonly maxGrowthMb: number;
  readonly maxFactor: number;
}

/** The largest RSS at the end that passes, in bytes. */
export const rssLimit = (start: number, { maxGrowthMb, maxFactor }: RssBounds) => Math.max(start + maxGrowthMb * MB, start * maxFactor);

/** Everything a soak run measured. */
export interface SoakRun {
  readonly url: string;
  readonly pid: number;
  readonly connections: number;
  readonly result: Result;
  readonly outcomes: readonly RequestOutcome[];
  readonly rss: RssFigures;
  readonly rssBounds: RssBounds;
  /** Set when the server died while under load. */
  readonly crashed?: { code: number | null; signal: string | null };
  readonly serverErrorLogLines: number;
  /** The server's exit code after the soak's SIGTERM (0: it drained and stopped). */
  readonly exitCode: number | null;
}

/** The kinds of request never answered, or answered otherwise than expected (the first such answer quoted). */
export function outcomeFailures(outcomes: readonly RequestOutcome[]): string[] {
  return outcomes.flatMap((outcome) => {
    const failures = outcome.answers === 0 ? [`${outcome.request.name} was never answered`] : [];
    const first = outcome.firstUnexpected;
    if (outcome.unexpected > 0 && first)
      failures.push(
        `${outcome.request.name}: ${outcome.unexpected} answers were not ${outcome.request.expectation}; the first was ${first.status} ${JSON.stringify(first.body.slice(0, 200))}`,
      );
    return failures;
  });
}

/** Why the run failed; empty when it passed. */
export function failuresOf(run: SoakRun): string[] {
  const { result } = run;
  const failures: string[] = [];
  if (result.requests.total === 0) failures.push('no request was answered');
  if (run.crashed) failures.push(`the server exited during the soak (code ${run.crashed.code}, signal ${run.crashed.signal})`);
  if (result['5xx'] > 0) failures.push(`${result['5xx']} answers were 5xx`);
  if (result.errors > 0) failures.push(`${result.errors} connection errors (${result.timeouts} of them timeouts)`);
  failures.push(...outcomeFailures(run.outcomes));
  if (run.serverErrorLogLines > 0) failures.push(`the server logged ${run.serverErrorLogLines} lines at level error (unexpected failures)`);
  failures.push(...rssFailures(run.rss, run.rssBounds));
  if (!run.crashed && run.exitCode !== 0) failures.push(`on SIGTERM after the soak the server exited with ${run.exitCode}, not 0`);
  return failures;
}

function rssFailures({ start, end }: RssFigures, bounds: RssBounds): string[] {
  if (start === undefined || end === undefined) return ['the RSS of the server could not be read'];
  const limit = rssLimit(start, bounds);
  if (end <= limit) return [];
  return [
    `the RSS grew from ${megabytes(start)} to ${megabytes(end)}, beyond ${megabytes(limit)} (+${bounds.maxGrowthMb} MB or ×${bounds.maxFactor}, whichever is more)`,
  ];
}

/** The summary people read: a row per request of the round, then the totals and the verdict. */
export function formatReport(run: SoakRun, failures: readonly string[]): string {
  const { result, rss } = run;
  const expectedRefusals = sum(run.outcomes.filter((o) => o.request.kind === 'abuse').map((o) => o.answers - o.unexpected));
  const table = formatTable(
    ['request', 'kind', 'expected', 'answers', 'unexpected', 'statuses'],
    run.outcomes.map((o) => [o.request.name, o.request.kind, o.request.expectation, count(o.answers), count(o.unexpected), formatStatuses(o.statuses)]),
  );
  const lines = [
    '',
    `Soak of ${run.url} (pid ${run.pid}, NODE_ENV=production): ${result.duration} s, ${run.connections} connections`,
    '',
    table,
    '',
    `requests      ${count(result.requests.total)} answered of ${count(result.requests.sent)} sent (${count(Math.round(result.requests.average))}/s)`,
    `latency       p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   max ${result.latency.max} ms`,
    `non-2xx       ${count(result.non2xx)} (expected refusals ${count(expectedRefusals)}, unexpected ${count(Math.max(0, result.non2xx - expectedRefusals))})`,
    `5xx           ${count(result['5xx'])}`,
    `errors        ${count(result.errors)} (timeouts ${count(result.timeouts)})`,
    `RSS           start ${megabytes(rss.start)}   peak ${megabytes(rss.peak)}   end ${megabytes(rss.end)}   growth ${growth(rss)}   limit ${rss.start === undefined ? 'n/a' : megabytes(rssLimit(rss.start, run.rssBounds))}`,
    `server        ${run.crashed ? 'crashed during the soak' : `exit code ${run.exitCode} on SIGTERM`}; ${run.serverErrorLogLines} error log lines`,
    '',
    failures.length === 0 ? 'RESULT        PASS' : `RESULT        FAIL\n${failures.map((failure) => `  - ${failure}`).join('\n')}`,
    '',
  ];
  return lines.join('\n');
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export const formatStatuses = (statuses: ReadonlyMap<number, number>) =>
  [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${count(n)}`)
    .join(' ') || '-';
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const count = (n: number) => n.toLocaleString('en-US');
export const megabytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / MB).toFixed(1)} MB`);
const growth = ({ start, end }: RssFigures) =>
  start === undefined || end === undefined ? 'n/a' : `${end >= start ? '+' : '-'}${megabytes(Math.abs(end - start))} (×${(end / start).toFixed(2)})`;
