import type { Result } from 'autocannon';
import { formatStatuses, formatTable, megabytes, outcomeFailures } from './report';
import { BALANCER_POLL_MS, type SigtermCount } from './sigterm-under-load';
import type { RequestOutcome } from './soak-requests';

/** The targets of issue 18, as factors of the quiet phase's figures. */
export interface AttackTargets {
  /** Normal traffic's p99 under attack at most this × its quiet p99 (3). */
  readonly p99Factor: number;
  /** The server's peak RSS under attack at most this × its quiet peak (2). */
  readonly rssFactor: number;
}

export const PHASES = ['quiet', 'attack', 'after'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseFigures {
  /** Normal traffic's autocannon result. */
  readonly normal: Result;
  /** The attackers' autocannon result (attack phase only). */
  readonly attack?: Result;
  /** The server's RSS: its peak during the phase and at its end, in bytes. */
  readonly rssPeak?: number;
  readonly rssEnd?: number;
}

/** Everything an attack run measured. */
export interface AttackRun {
  readonly url: string;
  readonly pid: number;
  readonly corpus: string;
  readonly phaseSeconds: number;
  readonly connections: number;
  readonly attackConnections: number;
  readonly attackRate?: number;
  /** RSS once the corpus is loaded, before any request. */
  readonly rssIdle?: number;
  readonly phases: Readonly<Record<Phase, PhaseFigures>>;
  /** Normal requests over every phase, and the attack shapes. */
  readonly normalOutcomes: readonly RequestOutcome[];
  readonly attackOutcomes: readonly RequestOutcome[];
  readonly sigterm: SigtermCount;
  readonly crashed?: { code: number | null; signal: string | null };
  readonly serverErrorLogLines: number;
  readonly targets: AttackTargets;
  /** The load average (1, 5, 15 minutes) at the start and at the end. */
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
}

/** Why the run failed, the targets first; empty when it passed. */
export function attackFailures(run: AttackRun): string[] {
  const failures: string[] = [];
  const { quiet, attack } = run.phases;
  const p99Limit = quiet.normal.latency.p99 * run.targets.p99Factor;
  if (attack.normal.latency.p99 > p99Limit)
    failures.push(
      `target missed: normal p99 under attack is ${attack.normal.latency.p99} ms, more than ${run.targets.p99Factor}× its quiet ${quiet.normal.latency.p99} ms (${ratio(attack.normal.latency.p99, quiet.normal.latency.p99)})`,
    );
  if (quiet.rssPeak === undefined || attack.rssPeak === undefined) failures.push('the RSS of the server could not be read');
  else if (attack.rssPeak > quiet.rssPeak * run.targets.rssFactor)
    failures.push(
      `target missed: peak RSS under attack is ${megabytes(attack.rssPeak)}, more than ${run.targets.rssFactor}× its quiet ${megabytes(quiet.rssPeak)} (${ratio(attack.rssPeak, quiet.rssPeak)})`,
    );
  const { balanced } = run.sigterm;
  if (balanced.dropped > 0) failures.push(`target missed: ${balanced.dropped} requests dropped at SIGTERM (${formatReasons(balanced.dropReasons)})`);
  if (balanced.answeredAfterSigterm === 0) failures.push('no request was answered after SIGTERM: the drain was not under load');
  if (run.crashed) failures.push(`the server exited during the soak (code ${run.crashed.code}, signal ${run.crashed.signal})`);
  for (const phase of PHASES) {
    const { normal } = run.phases[phase];
    if (normal.requests.total === 0) failures.push(`${phase}: no normal request was answered`);
    if (normal['5xx'] > 0) failures.push(`${phase}: ${normal['5xx']} normal answers were 5xx`);
    if (normal.errors > 0) failures.push(`${phase}: ${normal.errors} normal connection errors (${normal.timeouts} of them timeouts)`);
  }
  const attackers = run.phases.attack.attack;
  if (attackers && attackers['5xx'] > 0) failures.push(`attack: ${attackers['5xx']} answers to the attackers were 5xx`);
  if (attackers && attackers.errors > 0) failures.push(`attack: ${attackers.errors} attacker connection errors (${attackers.timeouts} of them timeouts)`);
  failures.push(...outcomeFailures([...run.normalOutcomes, ...run.attackOutcomes]));
  if (run.serverErrorLogLines > 0) failures.push(`the server logged ${run.serverErrorLogLines} lines at level error (unexpected failures)`);
  if (!run.crashed && run.sigterm.exitCode !== 0) failures.push(`on SIGTERM the server exited with ${run.sigterm.exitCode}, not 0`);
  return failures;
}

/** The summary: a row per phase, the attack shapes, the SIGTERM count, the targets and the verdict. */
export function formatAttackReport(run: AttackRun, failures: readonly string[]): string {
  const { quiet, attack, after } = run.phases;
  const phaseRows = PHASES.map((phase) => {
    const { normal, rssPeak, rssEnd } = run.phases[phase];
    return [
      phase,
      count(normal.requests.total),
      count(Math.round(normal.requests.average)),
      String(normal.latency.p50),
      String(normal.latency.p99),
      String(normal.latency.max),
      megabytes(rssPeak),
      megabytes(rssEnd),
    ];
  });
  const attackers = attack.attack;
  const { sigterm } = run;
  const target = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const lines = [
    '',
    `Attack soak of ${run.url} (pid ${run.pid}, NODE_ENV=production, HTTP_BATCHING=1), corpus ${run.corpus}`,
    `${run.phaseSeconds} s a phase; normal traffic: ${run.connections} connections sending the example operations; attack: ${run.attackConnections} more connections sending the shapes below, ${run.attackRate === undefined ? 'each the next as soon as the last is answered' : `${run.attackRate} a second each`}`,
    `load average (1/5/15 min): ${run.loadAverage.start.map((n) => n.toFixed(2)).join(' ')} at the start, ${run.loadAverage.end.map((n) => n.toFixed(2)).join(' ')} at the end`,
    '',
    'Normal traffic, by phase (latency of its 2xx answers; RSS of the server)',
    formatTable(['phase', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'RSS peak', 'RSS end'], phaseRows),
    '',
    `Attack shapes (${attackers ? `${count(attackers.requests.total)} answered, p50 ${attackers.latency.p50} ms, p99 ${attackers.latency.p99} ms` : 'not run'})`,
    formatTable(
      ['shape', 'expected', 'answers', 'unexpected', 'statuses'],
      run.attackOutcomes.map((o) => [o.request.name, o.request.expectation, count(o.answers), count(o.unexpected), formatStatuses(o.statuses)]),
    ),
    '',
    `Normal requests, every phase: ${count(sum(run.normalOutcomes.map((o) => o.answers)))} answered, ${count(sum(run.normalOutcomes.map((o) => o.unexpected)))} unexpected`,
    '',
    `SIGTERM under load (balancer polling /ready every ${BALANCER_POLL_MS} ms)`,
    formatTable(
      ['clients', 'answered', 'after SIGTERM', 'last answer', 'refused', 'dropped'],
      (
        [
          [`${sigterm.balanced.clients} behind the balancer`, sigterm.balanced],
          [`${sigterm.direct.clients} direct (ignore /ready)`, sigterm.direct],
        ] as const
      ).map(([name, c]) => [
        name,
        count(c.answered),
        count(c.answeredAfterSigterm),
        formatMs(c.lastAnswerAfterMs),
        count(c.refused),
        c.dropped === 0
          ? '0'
          : `${count(c.dropped)} (${formatReasons(c.dropReasons)}; ${Math.round(Math.min(...c.dropTimesMs))}–${Math.round(Math.max(...c.dropTimesMs))} ms)`,
      ]),
    ),
    `  /ready 503   ${formatMs(sigterm.readyUnreadyAfterMs)} after SIGTERM; exit code ${sigterm.exitCode}`,
    '',
    `RSS           idle ${megabytes(run.rssIdle)}   before (quiet peak) ${megabytes(quiet.rssPeak)}   during (attack peak) ${megabytes(attack.rssPeak)}   after (end) ${megabytes(after.rssEnd)}`,
    `server        ${run.crashed ? 'crashed during the soak' : `exit code ${sigterm.exitCode} on SIGTERM`}; ${run.serverErrorLogLines} error log lines`,
    '',
    `TARGET        normal p99 under attack ≤ ${run.targets.p99Factor}× quiet: ${attack.normal.latency.p99} / ${quiet.normal.latency.p99} ms = ${ratio(attack.normal.latency.p99, quiet.normal.latency.p99)}  ${target(attack.normal.latency.p99 <= quiet.normal.latency.p99 * run.targets.p99Factor)}`,
    `TARGET        RSS under attack ≤ ${run.targets.rssFactor}× quiet: ${megabytes(attack.rssPeak)} / ${megabytes(quiet.rssPeak)} = ${ratio(attack.rssPeak, quiet.rssPeak)}  ${target(attack.rssPeak !== undefined && quiet.rssPeak !== undefined && attack.rssPeak <= quiet.rssPeak * run.targets.rssFactor)}`,
    `TARGET        no request dropped at SIGTERM (behind the balancer): ${sigterm.balanced.dropped} dropped  ${target(sigterm.balanced.dropped === 0)}`,
    '',
    failures.length === 0 ? 'RESULT        PASS' : `RESULT        FAIL\n${failures.map((failure) => `  - ${failure}`).join('\n')}`,
    '',
  ];
  return lines.join('\n');
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const count = (n: number) => n.toLocaleString('en-US');
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? 'n/a' : `×${(a / b).toFixed(2)}`);
const formatMs = (ms: number | undefined) => (ms === undefined ? 'never' : `${Math.round(ms)} ms`);
const formatReasons = (reasons: ReadonlyMap<string, number>) => [...reasons].map(([reason, n]) => `${reason}×${n}`).join(', ');
