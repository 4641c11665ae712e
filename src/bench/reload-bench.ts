/**
 * `npm run bench:reload -- [DIR]`: how long a running server takes to reload its corpus after
 * an edit, and how much memory it holds at the peak of a reload, with the old version still
 * served beside the new one being built. Runs the shipped server (its node flags) on DIR (by
 * default .bench/corpus-100k, from `npm run corpus:synth -- --entities 100k`), edits one
 * annotation three times (a touch, a switch to `review: draft`, the original back), and prints
 * the figures. The peak is the kernel's high-water mark of the process's resident memory
 * (VmHWM), reset before each edit. Linux only.
 */
import 'reflect-metadata';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from '../paths';
import { startChildServer } from './child-server';
import { SERVER_MAIN } from '../process/server-process';

const MB = 1024 * 1024;

/** A field of /proc/<pid>/status, in bytes. */
function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match![1]) * 1024;
}

/** Requests that failed while a reload ran (the load is synchronous: a long one blocks the server). */
let failedRequests = 0;

/** The version served; a request that fails is counted and made again. */
async function versionOf(url: string): Promise<string> {
  for (;;) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ corpus { version } }' }),
      });
      const { data } = (await response.json()) as { data: { corpus: { version: string } } };
      return data.corpus.version;
    } catch {
      failedRequests++;
    }
  }
}

/** The sum of the server's reload durations so far, in seconds, from /metrics. */
async function reloadSeconds(url: string): Promise<number> {
  let text: string | undefined;
  while (text === undefined) {
    try {
      text = await (await fetch(new URL('/metrics', url))).text();
    } catch {
      failedRequests++;
    }
  }
  return [...text.matchAll(/^corpus_reload_duration_seconds_sum\{outcome="applied"\} ([\d.e+-]+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}

async function main(): Promise<void> {
  const directory = process.argv[2] ?? join(BENCH_DIR, 'corpus-100k');
  const annotation = readdirSync(directory).find((file) => /\.(json|ya?ml)$/.test(file));
  if (!annotation) throw new Error(`no annotation file in ${directory}; write a corpus there first: npm run corpus:synth -- --entities 100k`);
  const path = join(directory, annotation);
  const original = readFileSync(path, 'utf8');
  const asDraft = annotation.endsWith('.json')
    ? JSON.stringify({ review: 'draft', ...(JSON.parse(original) as object) })
    : `review: draft\n${original.replace(/^review: \w+\n/m, '')}`;
  const edits: [string, string][] = [
    ['a touch (whitespace)', `${original}\n`],
    ['one article made a draft (reviewed view built too)', asDraft],
    ['the original back', original],
  ];

  console.log(`corpus ${directory}; edited: ${annotation}`);
  const started = performance.now();
  const server = await startChildServer(SERVER_MAIN, [], { CORPUS_DIR: directory, CORPUS_RELOAD_DEBOUNCE_MS: '100', LOG_LEVEL: 'info' });
  try {
    console.log(
      `started in ${((performance.now() - started) / 1000).toFixed(1)} s; peak ${(statusBytes(server.pid, 'VmHWM') / MB).toFixed(0)} MB, now ${(statusBytes(server.pid, 'VmRSS') / MB).toFixed(0)} MB resident`,
    );
    console.log('| edit | reload s (server) | seen after s | RSS before MB | peak during reload MB | RSS after MB | requests failed |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, content] of edits) {
      // Let the collector settle after the previous swap, then reset the high-water mark.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const before = statusBytes(server.pid, 'VmRSS');
      writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
      const version = await versionOf(server.url);
      const reloadsBefore = await reloadSeconds(server.url);
      const edited = performance.now();
      writeFileSync(path, content);
      for (let polls = 0; (await versionOf(server.url)) === version; polls++) {
        if (polls > 6_000) throw new Error('the server did not serve the edit within 10 minutes');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const seen = (performance.now() - edited) / 1000;
      const reload = (await reloadSeconds(server.url)) - reloadsBefore;
      const peak = statusBytes(server.pid, 'VmHWM');
      const after = statusBytes(server.pid, 'VmRSS');
      console.log(
        `| ${name} | ${reload.toFixed(1)} | ${seen.toFixed(1)} | ${(before / MB).toFixed(0)} | ${(peak / MB).toFixed(0)} | ${(after / MB).toFixed(0)} | ${failedRequests} |`,
      );
      failedRequests = 0;
    }
  } finally {
    writeFileSync(path, original);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
