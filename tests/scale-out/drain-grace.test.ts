/**
 * A draining replica answers /ready with 503 for DRAIN_GRACE_MS while it still serves
 * (issue 18): the grace must outlast the time HAProxy takes to take it out, or HAProxy still
 * sends it requests after it stopped taking connections. This reads the committed
 * deploy/haproxy/subgraph-replicas.cfg's check timing and the setting's default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from '../../src/paths';
import { SETTINGS } from '../../src/server/config';

const HAPROXY_CONFIG = join(PROJECT_DIR, 'deploy', 'haproxy', 'subgraph-replicas.cfg');

/** HAProxy's time units; a bare number is milliseconds. */
const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

function milliseconds(value: string, where: string): number {
  const match = /^(\d+)(us|ms|s|m|h|d)?$/.exec(value);
  if (!match) throw new Error(`${where}: ${JSON.stringify(value)} is not an HAProxy time`);
  return Number(match[1]) * UNIT_MS[match[2] ?? 'ms']!;
}

interface Section {
  readonly kind: string;
  readonly name: string;
  /** Its lines, without comments, split into words. */
  readonly lines: string[][];
}

function sectionsOf(text: string): Section[] {
  const sections: Section[] = [];
  for (const raw of text.split('\n')) {
    const words = raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    if (/^\S/.test(raw)) sections.push({ kind: words[0]!, name: words[1] ?? '', lines: [] });
    else sections.at(-1)!.lines.push(words);
  }
  return sections;
}

/** A server line's (or default-server's) keyword arguments: `inter 1s` → inter: "1s"; flags such as `check` → "". */
function serverParameters(words: readonly string[]): Map<string, string> {
  const FLAGS = new Set(['check', 'backup', 'disabled', 'ssl', 'send-proxy', 'no-check']);
  const parameters = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    if (FLAGS.has(words[i]!)) parameters.set(words[i]!, '');
    else parameters.set(words[i]!, words[++i] ?? '');
  }
  return parameters;
}

interface CheckedServer {
  readonly name: string;
  readonly interMs: number;
  readonly fastinterMs: number;
  readonly fall: number;
  readonly checkTimeoutMs: number;
  /** The longest a draining server stays in: see noticeMs. */
  readonly noticeMs: number;
}

/**
 * Every checked server of the config's backends, with its check timing: `default-server` lines
 * (of the last defaults section, then the backend's), overridden by the server's own, HAProxy's
 * defaults (inter 2s, fall 3, fastinter = inter, a check's timeout = inter) where none is set.
 *
 * How long HAProxy takes to take a draining server out, at worst: the drain may begin just after
 * a check passed (`inter`); the first failed check is then followed by `fall` − 1 more, `fastinter`
 * apart; each may wait its timeout (`timeout check`) when the replica answers slowly under load.
 * `downinter` spaces checks once a server is already down, so it does not delay this.
 */
function checkedServers(text: string): CheckedServer[] {
  let defaults: string[][] = [];
  const servers: CheckedServer[] = [];
  for (const section of sectionsOf(text)) {
    if (section.kind === 'defaults') defaults = section.lines;
    if (section.kind !== 'backend' && section.kind !== 'listen') continue;
    const lines = [...defaults, ...section.lines];
    const timeoutCheck = lines.filter((words) => words[0] === 'timeout' && words[1] === 'check').at(-1)?.[2];
    const defaultServer = new Map(lines.filter((words) => words[0] === 'default-server').flatMap((words) => [...serverParameters(words.slice(1))]));
    for (const words of section.lines.filter((line) => line[0] === 'server')) {
      const name = `${section.name}/${words[1]}`;
      const parameters = new Map([...defaultServer, ...serverParameters(words.slice(3))]);
      if (!parameters.has('check') || parameters.has('no-check')) continue;
      const interMs = milliseconds(parameters.get('inter') ?? '2s', `${name} inter`);
      const fastinterMs = parameters.has('fastinter') ? milliseconds(parameters.get('fastinter')!, `${name} fastinter`) : interMs;
      const fall = Number(parameters.get('fall') ?? 3);
      const checkTimeoutMs = timeoutCheck === undefined ? interMs : milliseconds(timeoutCheck, `${section.name} timeout check`);
      servers.push({ name, interMs, fastinterMs, fall, checkTimeoutMs, noticeMs: interMs + (fall - 1) * fastinterMs + fall * checkTimeoutMs });
    }
  }
  return servers;
}

test("DRAIN_GRACE_MS's default outlasts the time the committed HAProxy config takes to take a draining replica out", () => {
  const servers = checkedServers(readFileSync(HAPROXY_CONFIG, 'utf8'));
  // The config balances over replicas it checks: a parse that found none would check nothing.
  expect(servers.map((server) => server.name)).toEqual(['subgraph_replicas/replica-a', 'subgraph_replicas/replica-b']);
  for (const server of servers) {
    expect(Number.isInteger(server.fall) && server.fall > 0).toBe(true);
  }
  const graceMs = SETTINGS.DRAIN_GRACE_MS.default;
  for (const { name, interMs, fastinterMs, fall, checkTimeoutMs, noticeMs } of servers) {
    console.log(
      `${name}: out within ${noticeMs} ms at worst (inter ${interMs} + (fall ${fall} - 1) x fastinter ${fastinterMs} + fall x timeout check ${checkTimeoutMs}); DRAIN_GRACE_MS ${graceMs}`,
    );
    if (noticeMs >= graceMs) {
      throw new Error(
        `${name} in ${HAPROXY_CONFIG} may stay in for ${noticeMs} ms after a replica starts draining, not less than DRAIN_GRACE_MS's default (${graceMs} ms): ` +
          'raise DRAIN_GRACE_MS in src/server/config/settings.ts (and README), or check more often (a smaller inter, fastinter, fall or timeout check)',
      );
    }
  }
});
