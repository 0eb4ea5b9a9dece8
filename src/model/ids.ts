/** Stable ids are assigned where the state is read and upgraded (src/state/ids.ts); this keeps model/'s path. */
export * from '../state/ids.js';
