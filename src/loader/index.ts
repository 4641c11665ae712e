export { loadCorpus } from './load-corpus';
export { CorpusLoadError, formatProblem } from './corpus-problem';
export type { CorpusProblem } from './corpus-problem';
