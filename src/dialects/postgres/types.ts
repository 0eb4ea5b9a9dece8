/** PostgreSQL column types. */
import type { Column } from '../../state/physical-schema.js';

export function pgType(col: Column): string {
  const t = col.type;
  switch (t.kind) {
    case 'key': return col.identity ? 'BIGINT GENERATED ALWAYS AS IDENTITY' : 'BIGINT';
    case 'string': return `VARCHAR(${t.length})`;
    case 'text': return 'TEXT';
    case 'integer': return 'INTEGER';
    case 'bigint': return 'BIGINT';
    case 'decimal': return `NUMERIC(${t.precision},${t.scale})`;
    case 'boolean': return 'BOOLEAN';
    case 'date': return 'DATE';
    case 'datetime': case 'timestamp': return 'TIMESTAMPTZ';
    case 'uuid': return 'UUID';
    case 'json': return 'JSONB';
    case 'enum': return 'TEXT';
  }
}
