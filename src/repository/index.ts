export { CorpusRepository } from './corpus-repository';
export type { AnyEntity, RepositoryOptions, WorkMeter } from './corpus-repository';
export type { CommitmentFilter, DayRange, EventFilter, OrganisationFilter, PersonFilter, PlaceFilter, StatementFilter } from './filters';
export { foldForMatching, foldText } from './fold-text';
export { romanisationKey } from './romanisation-key';
export type { SearchHit, Searchable } from './search-index';
export { formatCounts, summariseCorpus } from './corpus-summary';
export type { CorpusSummary, SourceSummary } from './corpus-summary';
