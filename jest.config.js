/** ESM mode: run through `npm test` (NODE_OPTIONS=--experimental-vm-modules). */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // WebAssembly (PGlite, sql.js) without V8's background recompiles: less CPU (support/wasm-baseline.ts).
  setupFiles: ['<rootDir>/__tests__/support/wasm-baseline.ts'],
  // Removes the temp folders each test file made (__tests__/support/temp.ts).
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/cleanup.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  testTimeout: 60000,
  maxWorkers: 2,
  // Slowest first on a fresh clone too (no jest cache): the two workers end together.
  testSequencer: '<rootDir>/__tests__/support/sequencer.mjs',
};
