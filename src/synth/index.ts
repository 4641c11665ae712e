export { DEFAULT_SEED, generateCorpus, MANIFEST_FILE } from './generate-corpus';
export type { SynthOptions, SynthProgress, SynthResult } from './generate-corpus';
export { planCounts, MIN_ENTITIES, MAX_ENTITIES, ENTITY_TYPES } from './plan';
export type { EntityCounts } from './plan';
export { parseEntityCount } from './entity-count';
