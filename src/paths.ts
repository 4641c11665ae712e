import { join } from 'node:path';

/** The project's top level, from src/ or dist/ alike. */
export const PROJECT_DIR = join(__dirname, '..');
/** The built code (`npm run build`). */
export const DIST_DIR = join(PROJECT_DIR, 'dist');
/** Synthetic corpora, benchmark recordings and reports; not in git. */
export const BENCH_DIR = join(PROJECT_DIR, '.bench');
export const SEEDS_DIR = join(PROJECT_DIR, 'seeds');
export const PACKAGE_JSON = join(PROJECT_DIR, 'package.json');
export const SCHEMA_DIR = join(PROJECT_DIR, 'schema');
export const SUPERGRAPH_CONFIG = join(PROJECT_DIR, 'supergraph.yaml');
export const SUPERGRAPH_SDL = join(SCHEMA_DIR, 'supergraph.graphql');
/** This service's subgraph SDL (`npm run schema`), as supergraph.yaml names it. */
export const SUBGRAPH_SDL = join(SCHEMA_DIR, 'subgraph.graphql');
export const PERFORMANCE_DOCS_DIR = join(PROJECT_DIR, 'docs', 'performance');
/** The pages' browser code (TypeScript for the browser, bundled by `npm run build`, never run by Node). */
export const BROWSER_DIR = join(PROJECT_DIR, 'browser');
/** The pages' bundled scripts and styles, served by the graph server under /assets/. */
export const PAGES_DIST_DIR = join(DIST_DIR, 'pages');
