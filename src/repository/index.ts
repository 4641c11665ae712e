export { CorpusRepository } from './corpus-repository';
export type { AnyEntity, RepositoryOptions, WorkMeter } from './corpus-repository';
export type { CommitmentFilter, DayRange, EventFilter, OrganisationFilter, PersonFilter, StatementFilter } from './filters';
export { foldText } from './fold-text';
export type { SearchHit, Searchable } from './search-index';
export { formatCounts, summariseCorpus } from './corpus-summary';
export type { CorpusSummary, SourceSummary } from './corpus-summary';
export type { Collection, CorpusFanOuts, OwnList } from './fan-outs';
export type { Relation } from './corpus-indexes';
