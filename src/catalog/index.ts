/** The dialect-free catalog: types, client adapters, the comparer. The readers live behind `Dialect.readCatalog`. */
export * from './types.js';
export { mysqlConn, pgConn, recording, sqlJsConn, READ_ONLY } from './conn.js';
export { diffCatalogs, type CatalogDifference, type DiffCatalogOptions } from './diff.js';
export { enumValuesOf, sizeOf } from './type-text.js';
