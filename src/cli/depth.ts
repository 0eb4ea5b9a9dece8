/** JSON depth limit: in the leaf layer (src/base/); this keeps the old path. */
export * from '../base/depth.js';
