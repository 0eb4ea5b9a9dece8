/** The package root, templates folder and clock live in the leaf layer (src/base/); this keeps the old path. */
export * from '../base/paths.js';
