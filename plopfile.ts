/** db-scaffold's plop pack (generators/plopfile.ts); tsc's copy is dist/plopfile.js, which the build points at the bundle. */
export { default } from './generators/plopfile.js';
