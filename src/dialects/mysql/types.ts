/** MySQL/MariaDB column types; TEXT that must be indexed becomes VARCHAR(255) (TEXT keys need a prefix length). */
import type { Column, Table } from '../../state/physical-schema.js';

const keyed = (col: Column, t: Table) =>
  t.uniques.some((u) => u.columns.includes(col.name)) || t.indexes.some((i) => i.columns.includes(col.name));

export function mysqlType(col: Column, t: Table): string {
  const ty = col.type;
  switch (ty.kind) {
    case 'key': return 'BIGINT UNSIGNED';
    case 'string': return `VARCHAR(${ty.length})`;
    case 'text': return keyed(col, t) ? 'VARCHAR(255)' : 'TEXT';
    case 'integer': return 'INT';
    case 'bigint': return 'BIGINT';
    case 'decimal': return `DECIMAL(${ty.precision},${ty.scale})`;
    case 'boolean': return 'BOOLEAN';
    case 'date': return 'DATE';
    case 'datetime': return 'DATETIME';
    case 'timestamp': return 'TIMESTAMP';
    case 'uuid': return 'CHAR(36)';
    case 'json': return 'JSON';
    case 'enum': return `VARCHAR(${Math.max(16, ...ty.values.map((v) => v.length))})`;
  }
}
