import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { startServerProcess } from '../../process/server-process';
import { attackFailures, type AttackRun, type AttackTargets, formatAttackReport, type Phase, type PhaseFigures } from './attack-report';
import { attackHeaders, attackLimits, attackShapes } from './attack-shapes';
import { withCorpusIds } from './corpus-ids';
import { readExampleOperations } from './example-operations';
import { BALANCER_POLL_MS, sigtermUnderLoad } from './sigterm-under-load';
import { newOutcome, recordAnswer, type RequestOutcome, type SoakRequest, soakRequests } from './soak-requests';

export interface AttackOptions {
  readonly phaseSeconds: number;
  readonly connections: number;
  readonly attackConnections: number;
  /** Requests a second each attacker connection sends; unset: the next as soon as the last is answered. */
  readonly attackRate?: number;
  /** CORPUS_DIR for the server; unset: its default, the seeds. */
  readonly corpus?: string;
  readonly targets: AttackTargets;
}

/** The server as production runs it, with batching on so that batches can be sent at all. */
const SERVER_ENV = { NODE_ENV: 'production', LOG_LEVEL: 'info', HTTP_BATCHING: '1' };

const WARM_UP_SECONDS = 5;

/** Clients that ignore /ready during the drain, beside those behind the balancer. */
const DIRECT_CLIENTS = 2;

function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(options, (error: Error | null, result: autocannon.Result) => (error ? reject(error) : resolve(result))));
}

/** Autocannon's requests for a round of `requests`, each answer recorded in its outcome. */
function cannonRequests(requests: readonly SoakRequest[], outcomes: readonly RequestOutcome[]): autocannon.Request[] {
  return requests.map((request, i) => ({
    method: request.method,
    headers: { ...request.headers },
    body: request.body,
    onResponse: (status: number, body: string) => recordAnswer(outcomes[i]!, status, body),
  }));
}

/**
 * `npm run soak -- --attack`: normal traffic alone (quiet), beside the attackers (attack), alone
 * again (after), then SIGTERM while normal traffic is in flight. Returns the exit code.
 */
export async function runAttackSoak(options: AttackOptions): Promise<number> {
  const env = { ...SERVER_ENV, ...(options.corpus ? { CORPUS_DIR: options.corpus } : {}) };
  const loadStart = loadavg();
  const server = await startServerProcess({ env, nodeFlags: ['--max-semi-space-size=64'], readyTimeoutMs: 600_000 });
  try {
    const examples = await withCorpusIds(server.url, readExampleOperations());
    const normal = soakRequests(examples, []);
    const normalOutcomes = normal.map(newOutcome);
    const limits = attackLimits({ ...process.env, ...env });
    const shapes = attackShapes(limits);
    const headers = attackHeaders(limits);
    const attackRequests = shapes.map((shape): SoakRequest => ({ ...shape, kind: 'abuse', method: 'POST', headers, body: shape.body(0) }));
    const attackOutcomes = attackRequests.map(newOutcome);
    const sent = shapes.map(() => 0);

    const rssIdle = server.rssBytes();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, server.rssBytes() ?? 0)), 200);
    const duration = options.phaseSeconds;
    const normalLoad = () =>
      load({ url: server.url, connections: options.connections, duration, timeout: 30, requests: cannonRequests(normal, normalOutcomes) });
    const attackLoad = () =>
      load({
        url: server.url,
        connections: options.attackConnections,
        ...(options.attackRate === undefined ? {} : { connectionRate: options.attackRate }),
        duration,
        timeout: 30,
        requests: shapes.map((shape, i) => ({
          method: 'POST',
          headers: { ...headers },
          // A new body for every request: new words, new ids, new operations.
          setupRequest: (request: autocannon.Request) => ({ ...request, body: shape.body(sent[i]!++) }),
          onResponse: (status: number, body: string) => recordAnswer(attackOutcomes[i]!, status, body),
        })),
      });

    const phases: Partial<Record<Phase, PhaseFigures>> = {};
    const runPhase = async (phase: Phase, withAttack: boolean) => {
      console.log(`${phase}: ${duration} s of normal traffic${withAttack ? ' beside the attackers' : ''}…`);
      peak = server.rssBytes() ?? 0;
      const [normalResult, attackResult] = await Promise.all([normalLoad(), withAttack ? attackLoad() : undefined]);
      const rssEnd = server.rssBytes();
      phases[phase] = { normal: normalResult, attack: attackResult, rssPeak: Math.max(peak, rssEnd ?? 0) || undefined, rssEnd };
    };
    console.log(`Attack soak of ${server.url}: ${duration} s a phase, ${options.connections} normal connections, ${options.attackConnections} attackers…`);
    try {
      // Unmeasured: the examples' first runs parse, compile and fill the response cache.
      const warmUp = Math.min(WARM_UP_SECONDS, duration);
      console.log(`warm-up: ${warmUp} s of normal traffic…`);
      await load({ url: server.url, connections: options.connections, duration: warmUp, timeout: 30, requests: cannonRequests(normal, normalOutcomes) });
      await runPhase('quiet', false);
      await runPhase('attack', true);
      await runPhase('after', false);
    } finally {
      clearInterval(sampler);
    }
    const crashed = server.exit();
    console.log(`SIGTERM while ${options.connections} clients behind a balancer and ${DIRECT_CLIENTS} direct ones send…`);
    const sigterm = await sigtermUnderLoad({
      url: server.url,
      requests: normal,
      connections: options.connections,
      directConnections: DIRECT_CLIENTS,
      // Half-way between two of the balancer's polls: it sends on for a while after SIGTERM.
      leadMs: 2.5 * BALANCER_POLL_MS,
      sigterm: () => server.stop(),
    });

    const run: AttackRun = {
      url: server.url,
      pid: server.pid,
      corpus: options.corpus ?? 'the seeds (default CORPUS_DIR)',
      phaseSeconds: duration,
      connections: options.connections,
      attackConnections: options.attackConnections,
      attackRate: options.attackRate,
      rssIdle,
      phases: phases as Record<Phase, PhaseFigures>,
      normalOutcomes,
      attackOutcomes,
      sigterm,
      crashed,
      serverErrorLogLines: server.errorLogLines(),
      targets: options.targets,
      loadAverage: { start: loadStart, end: loadavg() },
    };
    const failures = attackFailures(run);
    console.log(formatAttackReport(run, failures));
    if (failures.length > 0 && (crashed || run.serverErrorLogLines > 0)) console.log(`The end of the server's output:\n${server.outputTail()}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
}
