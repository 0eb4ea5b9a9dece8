/** SQLite column types (declared names chosen for their affinity and readability). */
import type { Column } from '../../state/physical-schema.js';

export function sqliteType(col: Column): string {
  const t = col.type;
  switch (t.kind) {
    case 'key': return 'INTEGER';
    case 'string': return `VARCHAR(${t.length})`;
    case 'text': case 'uuid': case 'enum': return 'TEXT';
    case 'integer': return 'INTEGER';
    case 'bigint': return 'BIGINT';
    case 'decimal': return `NUMERIC(${t.precision},${t.scale})`;
    case 'boolean': return 'BOOLEAN';
    case 'date': return 'DATE';
    case 'datetime': case 'timestamp': return 'DATETIME';
    case 'json': return 'JSON';
  }
}
