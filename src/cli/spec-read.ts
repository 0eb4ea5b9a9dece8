/** Reading a spec file safely lives in the leaf layer (src/base/; the state reads with it too); this keeps the old path. */
export * from '../base/spec-read.js';
