/**
 * `npm run bench:network -- [CORPUS_DIR] [--rounds N]`
 *
 * What a server's first network and path requests cost on a corpus, in process: the cost
 * model's network fan-outs (read before any network or path query runs), the first network
 * query, its repeat, a hub's network, paths with and without a filter, and the memory they
 * leave; and how long indexing the network takes at once (a request before the server warmed
 * it) and in slices (warmActorNetwork, the longest wait for a turn of the event loop). Each call is synchronous, so its time is how long it holds the event loop. A
 * benchmark, not a test: it asserts nothing.
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { loadCorpus } from '../loader';
import { readCommandLine } from '../process/command-line';
import { CorpusRepository } from '../repository';
import { ActorNetwork } from '../repository/actor-network';
import { corpusDirectory } from '../corpus-dir';
import { pickBenchIds } from './pick-ids';

const USAGE = 'usage: npm run bench:network -- [CORPUS_DIR] [--rounds N]';

const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);
const heapMb = () => Math.round(process.memoryUsage().heapUsed / 1e6);

/** One call's milliseconds and what it returned. */
function once<T>(call: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = call();
  return { ms: performance.now() - started, value };
}

/** The median, fastest and slowest of `rounds` calls after one warm-up call. */
function repeated(call: () => unknown, rounds: number): { median: number; min: number; max: number } {
  call();
  const times = Array.from({ length: rounds }, () => once(call).ms).sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times[times.length - 1]! };
}

async function main(): Promise<void> {
  const { values, positionals } = readCommandLine(
    { args: process.argv.slice(2), options: { rounds: { type: 'string', default: '7' } }, allowPositionals: true },
    USAGE,
    1,
  );
  const directory = positionals.at(-1) ?? corpusDirectory();
  const rounds = Number(values.rounds);
  const loaded = once(() => new CorpusRepository(loadCorpus(directory)));
  const repository = loaded.value;
  const ids = pickBenchIds(repository);
  global.gc?.();
  const [rssBefore, heapBefore] = [rssMb(), heapMb()];
  console.log(
    `${directory}: ${repository.people.length + repository.organisations.length} actors, ${repository.events.length} events; boot ${(loaded.ms / 1000).toFixed(1)} s, RSS ${rssBefore} MB, heap ${heapBefore} MB`,
  );
  console.log(`person ${ids.person}, hub ${ids.hubOrganisation}; load average ${loadAverage()}\n`);

  const line = (name: string, ms: number, note = '') => console.log(`${name.padEnd(52)} ${ms.toFixed(1).padStart(10)} ms${note}`);
  // The corpus's other fan-outs (measured once, by whatever request comes first), so that the figures below are the network's.
  void repository.fanOuts;
  // A request before the server has warmed the network: index and fan-outs at once.
  const actors = new Set([...repository.people, ...repository.organisations].map((actor) => actor.id));
  const unwarmed = once(() => new ActorNetwork(repository.corpus, (id) => actors.has(id)).fanOuts);
  line('unwarmed: index + fan-outs at once', unwarmed.ms, `  (${unwarmed.value.pairs.toLocaleString('en-US')} pairs, max degree ${unwarmed.value.maxDegree})`);
  // What a server does once it listens: the same in slices; the longest time the event loop waited for a turn.
  let [longest, turns, last, warming] = [0, 0, performance.now(), true];
  const tick = () => {
    const now = performance.now();
    [longest, turns, last] = [Math.max(longest, now - last), turns + 1, now];
    if (warming) setImmediate(tick);
  };
  setImmediate(tick);
  const warmStarted = performance.now();
  await repository.warmActorNetwork();
  warming = false;
  line('warmActorNetwork (in slices)', performance.now() - warmStarted, `  (${turns} turns, the longest wait for one ${longest.toFixed(1)} ms)`);
  // What a server's first network or path request runs, in its order: the cost model, then the resolver.
  const fanOuts = once(() => repository.fanOuts.network);
  line('first request: cost model fan-outs', fanOuts.ms, `  (${fanOuts.value.pairs.toLocaleString('en-US')} pairs, max degree ${fanOuts.value.maxDegree})`);
  const first = once(() => repository.network([ids.person], 2, 100));
  line('first request: network [person] hops 2, maxActors 100', first.ms, `  (${first.value.actorIds.length} actors, ${first.value.ties.length} ties)`);
  const firstPath = once(() => repository.path(ids.person, ids.hubOrganisation, 6));
  line('first path person → hub, maxHops 6', firstPath.ms, `  (${firstPath.value?.length ?? 'no'} ties)`);
  global.gc?.();
  console.log(`memory after: RSS ${rssMb()} MB (+${rssMb() - rssBefore}), heap ${heapMb()} MB (+${heapMb() - heapBefore})\n`);

  console.log(`Repeats: median of ${rounds} calls (fastest–slowest)`);
  const report = (name: string, call: () => unknown) => {
    const { median, min, max } = repeated(call, rounds);
    console.log(`${name.padEnd(52)} ${median.toFixed(3).padStart(10)} ms  (${min.toFixed(3)}–${max.toFixed(3)})`);
  };
  report('network [person] hops 1, maxActors 100', () => repository.network([ids.person], 1, 100));
  report('network [person] hops 2, maxActors 100', () => repository.network([ids.person], 2, 100));
  report('network [person] hops 3, maxActors 500', () => repository.network([ids.person], 3, 500));
  report('network [hub] hops 2, maxActors 500', () => repository.network([ids.hubOrganisation], 2, 500));
  report('network [hub] hops 2, maxActors 500, MET 2017', () =>
    repository.network([ids.hubOrganisation], 2, 500, { kinds: ['MET'], dates: { from: '2017-01-01', to: '2017-12-31' } }),
  );
  report('network measures [hub] hops 2, maxActors 500', () => repository.networkMeasures(repository.network([ids.hubOrganisation], 2, 500)));
  report('path person → hub, maxHops 6', () => repository.path(ids.person, ids.hubOrganisation, 6));
  report('path person → hub, MET in 2017 only', () =>
    repository.path(ids.person, ids.hubOrganisation, 6, { kinds: ['MET'], dates: { from: '2017-01-01', to: '2017-12-31' } }),
  );
  const loner = repository.people[repository.people.length - 1]!.id;
  report(`path person → ${loner}, maxHops 8`, () => repository.path(ids.person, loner, 8));
}

function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}

void main();
