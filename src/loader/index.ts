export { loadCorpus, loadCorpusInSlices } from './load-corpus';
export { CorpusLoadError, formatProblem } from './corpus-problem';
export type { CorpusProblem } from './corpus-problem';
export { formatLoadProgress, LARGE_CORPUS_ARTICLES, progressPrinter } from './load-progress';
export type { LoadOptions, LoadProgress } from './load-progress';
export { corpusVersion, isCorpusFile } from './corpus-version';
export { checkCorpus, formatCorpusCheck } from './check-corpus';
export type { CorpusCheck } from './check-corpus';
