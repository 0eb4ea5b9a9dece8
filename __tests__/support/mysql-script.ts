/**
 * MariaDB scripts for a multipleStatements connection: the product's own splitter (src/dialects/mysql/script.ts)
 * handles the mysql client's `DELIMITER x` directive; compound statements (BEGIN NOT ATOMIC … END, trigger
 * bodies) need no help, the server parses them whole.
 */
export { splitDelimited as splitMysqlScript } from '../../src/dialects/mysql/script.js';

/** True for the error the server gives a chunk that holds only comments/whitespace. */
export function isEmptyQueryError(e: unknown): boolean {
  return (e as { errno?: number }).errno === 1065;
}
