/** Text decoding lives in the leaf layer (src/base/); this keeps the old path. */
export * from '../base/encoding.js';
