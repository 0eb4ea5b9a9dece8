/** The text guard lives in the leaf layer (src/base/); this keeps the old path for model/'s own files. */
export * from '../base/guard.js';
