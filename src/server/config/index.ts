export { ANY_ORIGIN, corsOriginOption, defaultCorsOrigins } from './cors-origins';
export * from './read-config';
export {
  DEFAULT_MANIFEST,
  type Environment,
  LOG_LEVELS,
  SETTINGS,
  type Setting,
  sizeInBytes,
  SUBGRAPH_DEFAULT_PORT,
  SUBGRAPH_URL_PREFIX,
  subgraphUrlVariable,
} from './settings';
