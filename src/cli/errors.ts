/** The user error and printable text live in the leaf layer (src/base/); this keeps the old path for the layers above. */
export * from '../base/errors.js';
