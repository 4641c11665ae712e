import type { CorpusRepository } from '../../src/repository';
import type { CorpusSamples } from './operation-arbitrary';

const ROOT_LISTS = ['people', 'organisations', 'events', 'places', 'sources', 'statements', 'commitments'];

/**
 * The values generated operations draw from: the corpus's ids, names and words, and real
 * cursors (the end of the first page of every root list), asked of a server by `query`.
 */
export async function corpusSamples(repository: CorpusRepository, query: (document: string) => Promise<Record<string, unknown>>): Promise<CorpusSamples> {
  const { sources, places, people, organisations, events, statements, commitments } = repository;
  const ids = [...sources, ...places, ...people, ...organisations, ...events, ...statements, ...commitments].map((entity) => entity.id);
  const named = [...people, ...organisations, ...places];
  const words = [
    ...new Set([...named.flatMap((entity) => [entity.name, ...entity.aliases]), ...events.map((event) => event.name), 'osce', 'Astana', 'terrorism']),
  ];
  const pages = (await query(`{ ${ROOT_LISTS.map((list) => `${list}(first: 3) { pageInfo { endCursor } }`).join(' ')} }`)) as Record<
    string,
    { pageInfo: { endCursor: string } }
  >;
  return { ids, words, cursors: ROOT_LISTS.map((list) => pages[list]!.pageInfo.endCursor) };
}
