import { buildClientSchema } from '../../graphql/schema';
import { loadCorpus } from '../../loader';
import { CorpusRepository } from '../../repository';
import { Random } from '../../synth/random';
import { ID_OPERATION, nsPerKey, randomBatches, RELATION_OPERATION, usPerOperation } from './lookup-timing';

/** What one corpus measures: its boot's time and memory, and its lookups' cost. */
export interface Measurement {
  readonly entities: number;
  readonly articles: number;
  readonly loadMs: number;
  readonly indexMs: number;
  readonly bootCpuMs: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly heapMb: number;
  /** ns per key, batches of 100 random keys. */
  readonly idNs: number;
  readonly relationNs: number;
  readonly relationDetailNs: Record<string, number>;
  /** µs per operation, executed through the schema with a fresh context each (median). */
  readonly idOperationUs: number;
  readonly relationOperationUs: number;
  readonly searchIndexMs?: number;
  readonly rssWithSearchMb?: number;
}

/**
 * Boots the corpus in `directory` (load, then index) and times its lookups, and its search index
 * with `withSearch`. Run in a process of its own, so that the memory figures are the corpus's.
 */
export async function measureCorpus(directory: string, withSearch: boolean): Promise<Measurement> {
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const cpuAtStart = cpu();
  const started = performance.now();
  const corpus = loadCorpus(directory);
  const loaded = performance.now();
  const repository = new CorpusRepository(corpus);
  const indexed = performance.now();
  const bootCpuMs = cpu() - cpuAtStart;
  const rssMb = process.memoryUsage().rss / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1e3; // the most the boot held, before any lookup or search

  const random = new Random(20240611);
  const all = [
    ...repository.sources,
    ...repository.places,
    ...repository.people,
    ...repository.organisations,
    ...repository.events,
    ...repository.statements,
    ...repository.commitments,
  ].map((entity) => entity.id);
  const actors = [...repository.people, ...repository.organisations].map((actor) => actor.id);
  const idNs = nsPerKey(randomBatches(all, random), (keys) => repository.entitiesByIds(keys));
  const actorBatches = randomBatches(actors, random);
  const relationDetailNs = {
    affiliationsByPerson: nsPerKey(actorBatches, repository.affiliationsByPerson),
    eventsByActor: nsPerKey(actorBatches, repository.eventsByActor),
    statementsBySpeaker: nsPerKey(actorBatches, repository.statementsBySpeaker),
    commitmentsByActor: nsPerKey(actorBatches, repository.commitmentsByActor),
    sourcesByEntity: nsPerKey(actorBatches, repository.sourcesByEntity),
  };
  const relationNs = Object.values(relationDetailNs).reduce((sum, ns) => sum + ns, 0) / Object.values(relationDetailNs).length;
  const people = repository.people.map((person) => person.id);
  const schema = await buildClientSchema();
  await usPerOperation(schema, repository, RELATION_OPERATION, people, random); // warm-up: the JIT
  const idOperationUs = await usPerOperation(schema, repository, ID_OPERATION, people, random);
  const relationOperationUs = await usPerOperation(schema, repository, RELATION_OPERATION, people, random);

  let search: Pick<Measurement, 'searchIndexMs' | 'rssWithSearchMb'> = {};
  if (withSearch) {
    const searchStarted = performance.now();
    repository.search('border security', 10);
    search = { searchIndexMs: performance.now() - searchStarted, rssWithSearchMb: process.memoryUsage().rss / 1e6 };
  }
  const entities = all.length;
  return {
    entities,
    articles: repository.sources.length,
    loadMs: loaded - started,
    indexMs: indexed - loaded,
    bootCpuMs,
    rssMb,
    peakRssMb,
    heapMb: process.memoryUsage().heapUsed / 1e6,
    idNs,
    relationNs,
    relationDetailNs,
    idOperationUs,
    relationOperationUs,
    ...search,
  };
}
