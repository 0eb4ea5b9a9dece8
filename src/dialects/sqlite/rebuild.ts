/** SQLite table rebuild (drop a column that carries an FK): new table, copy, drop, rename, recreate parts, check. */
import type { Table } from '../../state/physical-schema.js';

export function rebuildTable(table: Table, dropColumn: string): string[] {
  throw new Error(`SQLite rebuild of ${table.name} without ${dropColumn} is not built yet`);
}
