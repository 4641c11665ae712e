/**
 * `npm run build && node dist/bench/repository-bench.js [CORPUS_DIR] [--rounds N] [--only A,B]`
 *
 * The per-request work of the benchmark's mix, in process and without HTTP: each client
 * operation of the mix executed with graphql-js against the real schema (a fresh context,
 * so fresh DataLoaders, per request), and the repository calls behind the slow ones timed on
 * their own. Prints milliseconds per request (median of rounds) and what that is in requests
 * per second on one core. Finds what grows with the corpus; `npm run bench` measures the
 * service. A benchmark, not a test: it asserts nothing.
 */
import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { corpusDirectory } from '../corpus-dir';
import { createContext } from '../graphql/context';
import { buildClientSchema } from '../graphql/schema';
import { loadCorpus } from '../loader';
import { readCommandLine } from '../process/command-line';
import { CorpusRepository } from '../repository';
import { benchMix } from './mix';
import { pickBenchIds } from './pick-ids';

interface Options {
  readonly directory: string;
  readonly rounds: number;
  readonly only: readonly string[] | undefined;
}

const USAGE = 'usage: npm run bench:repository -- [CORPUS_DIR] [--rounds N] [--only A,B]';

function parseOptions(argv: string[]): Options {
  const { values, positionals } = readCommandLine(
    { args: argv, options: { rounds: { type: 'string', default: '7' }, only: { type: 'string' } }, allowPositionals: true },
    USAGE,
    1,
  );
  return { directory: positionals.at(-1) ?? corpusDirectory(), rounds: Number(values.rounds), only: values.only?.split(',') };
}

/**
 * Milliseconds per call: each round runs `call` for about `roundMs` (at least 3 times), after a
 * warm-up round; the median of the rounds' means, and the slowest and fastest round.
 */
async function time(call: () => unknown, rounds: number, roundMs = 300): Promise<{ median: number; min: number; max: number }> {
  const round = async () => {
    const started = performance.now();
    let calls = 0;
    while (calls < 3 || performance.now() - started < roundMs) {
      await call();
      calls++;
    }
    return (performance.now() - started) / calls;
  };
  await round();
  const means: number[] = [];
  for (let i = 0; i < rounds; i++) means.push(await round());
  means.sort((a, b) => a - b);
  return { median: means[Math.floor(means.length / 2)]!, min: means[0]!, max: means[means.length - 1]! };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const loadStarted = performance.now();
  const repository = new CorpusRepository(loadCorpus(options.directory));
  const bootMs = performance.now() - loadStarted;
  const indexStarted = performance.now();
  await repository.warmSearchIndex();
  const searchIndexMs = performance.now() - indexStarted;
  const schema = await buildClientSchema();
  const ids = pickBenchIds(repository);
  // The actor network is built on first use: timed once, here, so that no round pays it.
  const networkStarted = performance.now();
  const networkFanOuts = repository.fanOuts.network;
  const networkMs = performance.now() - networkStarted;
  const entities = [
    repository.sources,
    repository.places,
    repository.people,
    repository.organisations,
    repository.events,
    repository.statements,
    repository.commitments,
  ].reduce((sum, list) => sum + list.length, 0);
  console.log(
    `${options.directory}: ${entities.toLocaleString('en-US')} entities; boot ${(bootMs / 1000).toFixed(1)} s, search index ${(searchIndexMs / 1000).toFixed(1)} s, RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB; hub ${ids.hubOrganisation}`,
  );
  console.log(
    `actor network: built in ${networkMs.toFixed(0)} ms; ${networkFanOuts.pairs.toLocaleString('en-US')} tied pairs, the most tied actor has ${networkFanOuts.maxDegree.toLocaleString('en-US')} neighbours`,
  );

  const wanted = (name: string) => !options.only || options.only.some((part) => name.includes(part));
  const rows: [string, Awaited<ReturnType<typeof time>>][] = [];
  const report = async (name: string, call: () => unknown) => {
    if (!wanted(name)) return;
    const figures = await time(call, options.rounds);
    rows.push([name, figures]);
    const perSecond = 1000 / figures.median;
    console.log(
      `${name.padEnd(44)} ${figures.median.toFixed(3).padStart(9)} ms  (${figures.min.toFixed(3)}–${figures.max.toFixed(3)})  ${perSecond >= 100 ? Math.round(perSecond) : perSecond.toFixed(1)}/s`,
    );
  };

  console.log('\nOperations of the mix, executed in process (graphql-js, fresh context per request):');
  for (const request of benchMix(ids).filter((r) => r.target === 'client')) {
    const { query, variables } = JSON.parse(request.body) as { query: string; variables?: Record<string, unknown> };
    const document = parse(query);
    await report(request.name, async () => {
      const result = await execute({ schema, document, variableValues: variables, contextValue: createContext(repository) });
      if (result.errors) throw new Error(`${request.name}: ${result.errors[0]!.message}`);
    });
  }

  console.log('\nRepository calls behind them:');
  await report('findEvents 2009-01-01..2018-12-31 (length)', () => repository.findEvents({ dates: { from: '2009-01-01', to: '2018-12-31' } }).length);
  await report('findEvents 2017-01-01..2018-01-31 (length)', () => repository.findEvents({ dates: { from: '2017-01-01', to: '2018-01-31' } }).length);
  await report('search "terrorism security cooperation" 10', () => repository.search('terrorism security cooperation', 10));
  await report('search "Abykyev" 5', () => repository.search('Abykyev', 5));
  await report('search "border security" 10', () => repository.search('border security', 10));
  await report('findPeople { organisationId: hub } (length)', () => repository.findPeople({ organisationId: ids.hubOrganisation }).length);
  await report('affiliationsByOrganisation [hub]', () => repository.affiliationsByOrganisation([ids.hubOrganisation]));
  await report('timeline MONTH, everything (cached)', () => repository.timeline({}, 'MONTH'));
  await report('timeline DAY 2017-01-01..2017-12-31', () => repository.timeline({ dates: { from: '2017-01-01', to: '2017-12-31' } }, 'DAY'));
  await report('timeline YEAR { actorId: hub }', () => repository.timeline({ actorId: ids.hubOrganisation }, 'YEAR'));
  const eventsOfDecade = repository.findEvents({ dates: { from: '2009-01-01', to: '2018-12-31' } });
  await report(`facets of ${eventsOfDecade.length.toLocaleString('en-US')} events 2009..2018, top 10`, () => repository.facets('events', eventsOfDecade, 10));
  await report('facets of every statement (counted at load)', () => repository.facets('statements', repository.statements, 10));
  await report('moneyTotals of every commitment (at load)', () => repository.moneyTotals(repository.commitments));
  const hubCommitments = repository.findCommitments({ actorId: ids.hubOrganisation });
  await report(`moneyTotals of the hub's ${hubCommitments.length} commitments`, () => repository.moneyTotals(hubCommitments));
  await report('network [person] hops 1, maxActors 100 (ties)', () => repository.network([ids.person], 1, 100).ties.length);
  await report('network [person] hops 2, maxActors 100 (ties)', () => repository.network([ids.person], 2, 100).ties.length);
  await report('network [hub] hops 2, maxActors 500 (ties)', () => repository.network([ids.hubOrganisation], 2, 500).ties.length);
  await report('path person → hub, maxHops 6', () => repository.path(ids.person, ids.hubOrganisation, 6));
  await report('path person → hub, MET in 2017 only', () =>
    repository.path(ids.person, ids.hubOrganisation, 6, { kinds: ['MET'], dates: { from: '2017-01-01', to: '2017-12-31' } }),
  );
  console.log(`\nms per request: median of ${options.rounds} rounds of ~300 ms (fastest–slowest round); /s is 1000 / median, one core.`);
}

void main();
