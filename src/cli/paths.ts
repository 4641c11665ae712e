import { join } from 'node:path';

/** The project's top level, from src/cli or dist/cli alike. */
export const PROJECT_DIR = join(__dirname, '..', '..');
export const SCHEMA_DIR = join(PROJECT_DIR, 'schema');
export const SUPERGRAPH_CONFIG = join(PROJECT_DIR, 'supergraph.yaml');
export const SUPERGRAPH_SDL = join(SCHEMA_DIR, 'supergraph.graphql');
