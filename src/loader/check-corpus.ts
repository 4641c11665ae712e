import type { Corpus } from '../domain';
import { CorpusLoadError, type CorpusProblem, formatProblem } from './corpus-problem';
import { loadCorpus } from './load-corpus';
import type { LoadOptions } from './load-progress';

/** What checking a corpus directory found: the corpus when it loads, else every problem. */
export type CorpusCheck =
  { readonly corpus: Corpus; readonly problems: readonly [] } | { readonly corpus?: undefined; readonly problems: readonly CorpusProblem[] };

/** Checks the corpus in `directory` with every check of the loader: it loads, or here is every problem. */
export function checkCorpus(directory: string, options: LoadOptions = {}): CorpusCheck {
  try {
    return { corpus: loadCorpus(directory, options), problems: [] };
  } catch (error) {
    if (error instanceof CorpusLoadError) return { problems: error.problems };
    throw error;
  }
}

/** The report `npm run corpus:check` prints: a line per problem (file › entry: message), then a summary line. */
export function formatCorpusCheck(directory: string, check: CorpusCheck): string {
  if (check.corpus) {
    const articles = check.corpus.sources.length;
    const drafts = check.corpus.sources.filter((source) => source.review === 'DRAFT').length;
    return `${directory}: ${articles} article${articles === 1 ? '' : 's'} (${drafts} draft${drafts === 1 ? '' : 's'}), no problems.`;
  }
  const count = check.problems.length;
  return [...check.problems.map(formatProblem), `${directory}: ${count} problem${count === 1 ? '; fix it' : 's; fix them'}, then check again.`].join('\n');
}
