/**
 * `npm run soak`: starts the built server as production runs it (NODE_ENV=production, a
 * free loopback port) and drives it with autocannon for a set time: each connection sends,
 * in turn, every example operation of schema/operations/ (with its default variables) and
 * every abuse payload (abuse-payloads.ts). It prints a summary and exits 1 when any request
 * failed unexpectedly (5xx, connection errors, timeouts, an example that did not answer 200
 * with data, an abuse payload not refused with its 4xx), the server logged an error,
 * crashed or did not stop cleanly, or its RSS at the end was past the bound: its RSS at the
 * start plus --max-rss-growth-mb (150) or times --max-rss-factor (2), whichever is more.
 *
 *   npm run soak -- --duration 20 --connections 10 --max-rss-growth-mb 150 --max-rss-factor 2
 *
 * SOAK_DURATION and SOAK_CONNECTIONS set the first two as well; the flags win.
 *
 * With --attack (soak/attack-mode.ts): normal traffic (the example operations) alone, then
 * beside attacker connections sending issue 18's abusive shapes at the limits (soak/attack-shapes.ts),
 * then alone again, each phase --phase-duration seconds (20), then SIGTERM while normal
 * traffic is in flight. It prints normal traffic's p50/p99 and the server's RSS by phase and
 * the requests dropped at SIGTERM, and exits 1 when a target is missed: p99 under attack
 * within 3× quiet, RSS within 2×, none dropped.
 *
 *   npm run soak -- --attack [--corpus DIR] [--phase-duration 20] [--connections 10] [--attack-connections 2] [--attack-rate R]
 */
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { startServerProcess } from '../process/server-process';
import { corpusDirectory } from '../corpus-dir';
import { ABUSE_PAYLOADS } from './soak/abuse-payloads';
import { type AttackOptions, runAttackSoak } from './soak/attack-mode';
import { readExampleOperations } from './soak/example-operations';
import { failuresOf, formatReport, type RssBounds, type RssFigures } from './soak/report';
import { newOutcome, recordAnswer, soakRequests } from './soak/soak-requests';

interface SoakOptions {
  readonly attack?: AttackOptions;
  readonly durationSeconds: number;
  readonly connections: number;
  readonly rssBounds: RssBounds;
}

const USAGE = [
  'usage: npm run soak -- [--duration SECONDS] [--connections N] [--max-rss-growth-mb MB] [--max-rss-factor X]',
  '       npm run soak -- --attack [--corpus DIR] [--phase-duration SECONDS] [--connections N] [--attack-connections N] [--attack-rate PER_SECOND]',
].join('\n');

function readOptions(args: string[], env: NodeJS.ProcessEnv): SoakOptions {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      'max-rss-growth-mb': { type: 'string' },
      'max-rss-factor': { type: 'string' },
      attack: { type: 'boolean' },
      corpus: { type: 'string' },
      'phase-duration': { type: 'string' },
      'attack-connections': { type: 'string' },
      'attack-rate': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const connections = positive('--connections', values.connections ?? env.SOAK_CONNECTIONS ?? '10', { integer: true });
  if (!values.attack && (values.corpus ?? values['phase-duration'] ?? values['attack-connections'] ?? values['attack-rate']) !== undefined)
    throw new Error(`--corpus, --phase-duration, --attack-connections and --attack-rate go with --attack\n${USAGE}`);
  const attack: AttackOptions | undefined = values.attack
    ? {
        phaseSeconds: positive('--phase-duration', values['phase-duration'] ?? '20', { integer: true }),
        connections,
        attackConnections: positive('--attack-connections', values['attack-connections'] ?? '2', { integer: true }),
        attackRate: values['attack-rate'] === undefined ? undefined : positive('--attack-rate', values['attack-rate']),
        corpus: values.corpus === undefined ? undefined : corpusDirectory({ CORPUS_DIR: values.corpus }),
        targets: { p99Factor: 3, rssFactor: 2 },
      }
    : undefined;
  return {
    attack,
    durationSeconds: positive('--duration', values.duration ?? env.SOAK_DURATION ?? '60', { integer: true }),
    connections,
    rssBounds: {
      maxGrowthMb: positive('--max-rss-growth-mb', values['max-rss-growth-mb'] ?? '150'),
      maxFactor: positive('--max-rss-factor', values['max-rss-factor'] ?? '2'),
    },
  };
}

function positive(name: string, raw: string, { integer = false } = {}): number {
  const value = Number(raw);
  if (!(value > 0) || (integer && !Number.isInteger(value)))
    throw new Error(`${name} must be a positive ${integer ? 'whole ' : ''}number (got ${JSON.stringify(raw)})\n${USAGE}`);
  return value;
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), process.env);
  if (options.attack) return runAttackSoak(options.attack);
  const requests = soakRequests(readExampleOperations(), ABUSE_PAYLOADS);
  const outcomes = requests.map(newOutcome);

  // As production runs it, with info logging: a line a request, read for errors as it comes.
  const server = await startServerProcess({ env: { NODE_ENV: 'production', LOG_LEVEL: 'info' } });
  const rss: { start?: number; peak?: number; end?: number } = { start: server.rssBytes() };
  rss.peak = rss.start;
  const sampler = setInterval(() => {
    const now = server.rssBytes();
    if (now !== undefined) rss.peak = Math.max(rss.peak ?? 0, now);
  }, 500);
  console.log(`Soaking ${server.url} for ${options.durationSeconds} s with ${options.connections} connections (${requests.length} requests a round)…`);

  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      autocannon(
        {
          url: server.url,
          connections: options.connections,
          duration: options.durationSeconds,
          timeout: 10,
          requests: requests.map((request, i) => ({
            method: request.method,
            headers: { ...request.headers },
            body: request.body,
            onResponse: (status: number, body: string) => recordAnswer(outcomes[i]!, status, body),
          })),
        },
        (error: Error | null, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
      );
    });
    rss.end = server.rssBytes();
    rss.peak = Math.max(rss.peak ?? 0, rss.end ?? 0) || undefined;
    const crashed = server.exit();
    const exitCode = await server.stop();
    const run = {
      url: server.url,
      pid: server.pid,
      connections: options.connections,
      result,
      outcomes,
      rss: rss as RssFigures,
      rssBounds: options.rssBounds,
      crashed,
      serverErrorLogLines: server.errorLogLines(),
      exitCode,
    };
    const failures = failuresOf(run);
    console.log(formatReport(run, failures));
    if (failures.length > 0 && (crashed || run.serverErrorLogLines > 0)) console.log(`The end of the server's output:\n${server.outputTail()}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
