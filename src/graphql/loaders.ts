import DataLoader from 'dataloader';
import type { CorpusRepository } from '../repository';

/**
 * One DataLoader per relation, each calling one batch method of the repository, so that a
 * query makes one repository call per relation and level, however many parents it has.
 * Created per request (in the context): a loader's cache must never outlive its request.
 */
export function createLoaders(repository: CorpusRepository) {
  // The method is looked up on each batch, not once, so a wrapped repository sees every call.
  const loader = <K extends keyof CorpusRepository>(method: K) => {
    type Batch = CorpusRepository[K] extends (keys: readonly string[]) => (infer V)[] ? V : never;
    return new DataLoader<string, Batch>(async (keys) => (repository[method] as (keys: readonly string[]) => Batch[])(keys));
  };
  return {
    entity: loader('entitiesByIds'),
    source: loader('sourcesByIds'),
    place: loader('placesByIds'),
    person: loader('peopleByIds'),
    organisation: loader('organisationsByIds'),
    actor: loader('actorsByIds'),
    event: loader('eventsByIds'),
    statement: loader('statementsByIds'),
    commitment: loader('commitmentsByIds'),
    affiliationsByPerson: loader('affiliationsByPerson'),
    affiliationsByOrganisation: loader('affiliationsByOrganisation'),
    subOrganisationsByParent: loader('subOrganisationsByParent'),
    placesByCountry: loader('placesByCountry'),
    eventsByActor: loader('eventsByActor'),
    eventsByOrganiser: loader('eventsByOrganiser'),
    eventsByPlace: loader('eventsByPlace'),
    statementsBySpeaker: loader('statementsBySpeaker'),
    statementsByEvent: loader('statementsByEvent'),
    statementsBySource: loader('statementsBySource'),
    commitmentsByActor: loader('commitmentsByActor'),
    commitmentsByBeneficiary: loader('commitmentsByBeneficiary'),
    commitmentsByEvent: loader('commitmentsByEvent'),
    commitmentsByStatement: loader('commitmentsByStatement'),
    commitmentsBySource: loader('commitmentsBySource'),
    sourcesByEntity: loader('sourcesByEntity'),
    peopleBySource: loader('peopleBySource'),
    organisationsBySource: loader('organisationsBySource'),
    placesBySource: loader('placesBySource'),
    eventsBySource: loader('eventsBySource'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads the entities under these ids, in order, leaving out the ones that do not exist. */
export async function loadAll<V>(loader: DataLoader<string, V | undefined>, ids: readonly string[]): Promise<V[]> {
  const loaded = await loader.loadMany(ids);
  return loaded.map((value) => {
    if (value instanceof Error) throw value;
    return value;
  }).filter((value): value is V => value !== undefined);
}
