import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: each may import the ones before it, never one after it
 * (README, "How the code is organised"). The tools sit on top, and nothing in src/ imports them.
 */
const LAYERS = ['domain', 'loader', 'repository', 'export', 'graphql', 'server', 'gateway'];
const TOOLS = ['cli', 'bench', 'synth', 'draft'];
/** Leaves every layer and tool may import; they import nothing of src/ but each other. */
const SHARED_LEAVES = ['./src/paths.ts', './src/corpus-dir.ts', './src/process'];

const folder = (name) => `./src/${name}`;

export const layerZones = [
  // A lower layer never imports a higher one.
  ...LAYERS.map((layer, i) => ({
    target: folder(layer),
    from: [...LAYERS.slice(i + 1), ...TOOLS].map(folder),
    message: `src/${layer} is below ${[...LAYERS.slice(i + 1)].join(', ') || 'no layer'} and the tools: it may not import them`,
  })),
  // The shared leaves import no layer and no tool.
  ...SHARED_LEAVES.map((leaf) => ({
    target: leaf,
    from: [...LAYERS, ...TOOLS].map(folder),
    message: `${leaf} is a shared leaf: it imports nothing of src/ but the other shared leaves`,
  })),
  // The synthetic corpus is used by the CLIs and the benchmark, and uses neither; they use each other not at all.
  { target: folder('synth'), from: [folder('cli'), folder('bench')], message: 'src/synth is used by the CLIs and the benchmark, never the other way round' },
  // The extractor drafts annotations for the CLI (article:add, extract:score), and uses no other tool.
  { target: folder('draft'), from: [folder('cli'), folder('bench'), folder('synth')], message: 'src/draft is used by the CLIs, never the other way round' },
  { target: folder('cli'), from: [folder('bench')], message: 'src/cli and src/bench are separate tools: share code through a lower layer' },
  { target: folder('bench'), from: [folder('cli')], message: 'src/cli and src/bench are separate tools: share code through a lower layer' },
];

export default tseslint.config(
  // tests/lint/fixtures/ breaks the rules on purpose: tests/lint/layers.test.ts lints it and expects the errors.
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'src/generated/', 'client/generated/', '*.config.js', 'tests/lint/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // What import-x's typescript config sets, with the TypeScript resolver of eslint-import-resolver-typescript.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
);
