/** DATABASE_URL reading lives in io/ (seed and verify use it too); this keeps db-import's path. */
export * from '../io/url.js';
