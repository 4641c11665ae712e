/**
 * Servers over counting repositories, for the batching tests: the seeds and a corpus ten times
 * their size, so that a test can show a query makes the same repository calls at either size.
 */
import { CorpusRepository } from '../../src/repository';
import { ApiClient, ApiClientOptions, createApiClient } from './api-client';
import { scaleCorpus } from './api-scaled-corpus';
import { countingRepository, CountingRepository } from './counting-repository';
import { loadSeedCorpus } from './seeds';

/** A server and the counting repository it reads. */
export interface CountedApi {
  readonly counting: CountingRepository;
  readonly api: ApiClient;
}

/** A server over the seeds and one over ten copies of them (see scaleCorpus), each counting its repository calls. */
export async function seedAndScaledApis(options: ApiClientOptions = {}): Promise<{ seed: CountedApi; scaled: CountedApi }> {
  const corpus = loadSeedCorpus();
  const countedOver = async (repository: CorpusRepository): Promise<CountedApi> => {
    const counting = countingRepository(repository);
    return { counting, api: await createApiClient(counting.repository, options) };
  };
  return { seed: await countedOver(new CorpusRepository(corpus)), scaled: await countedOver(new CorpusRepository(scaleCorpus(corpus, 10))) };
}

/**
 * The two servers of seedAndScaledApis for the enclosing block's tests: started before them,
 * stopped after. The object's `seed` and `scaled` are set once they have started.
 */
export function seedAndScaledAround(options: ApiClientOptions = {}): { seed: CountedApi; scaled: CountedApi } {
  const apis = {} as { seed: CountedApi; scaled: CountedApi };
  beforeAll(async () => {
    Object.assign(apis, await seedAndScaledApis(options));
  });
  afterAll(async () => {
    await Promise.all([apis.seed?.api.stop(), apis.scaled?.api.stop()]);
  });
  return apis;
}

/** Runs one query with the counts reset first: its answer, and the repository calls it made. */
export async function countedQuery<T = unknown>(
  side: CountedApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data: T; counts: Record<string, number> }> {
  side.counting.reset();
  const data = await side.api.query<T>(query, variables);
  return { data, counts: side.counting.calls() };
}
