/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // SWC transpiles TypeScript with decorator metadata (Type-GraphQL and class-validator
  // need it); `npm run typecheck` does the type checking.
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: ['reflect-metadata'],
  // Each test file leaves tens of MB on the heap of the process that ran it (its module registry,
  // Type-GraphQL's global metadata), and on two cores Jest would run every file in one process,
  // which exceeded Node's 4 GB heap after about sixty files. A worker past this size after a
  // file is replaced by a fresh one (setting it also stops Jest running the files in band).
  workerIdleMemoryLimit: '1GB',
  globalSetup: '<rootDir>/tests/global-setup.ts',
};
