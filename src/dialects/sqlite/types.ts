/** SQLite column types (declared names chosen for their affinity and readability). */
import type { Column } from '../../state/physical-schema.js';

export function sqliteType(col: Column): string {
  const t = col.type;
  switch (t.kind) {
    case 'key': case 'integer': return 'INTEGER';
    case 'string': return `VARCHAR(${t.length})`;
    case 'char': return `CHAR(${t.length})`;
    case 'text': case 'uuid': case 'enum': return 'TEXT';
    case 'smallint': return 'SMALLINT';
    case 'bigint': return 'BIGINT';
    case 'decimal': return `NUMERIC(${t.precision},${t.scale})`;
    case 'float': return 'REAL';
    case 'boolean': return 'BOOLEAN';
    case 'date': return 'DATE';
    case 'time': return 'TIME';
    case 'datetime': case 'timestamp': return 'DATETIME';
    case 'json': return 'JSON';
    case 'binary': return 'BLOB';
  }
}

/** A random (version 4) UUID as text: SQLite has no UUID function, but a default may be an expression. */
const UUID = "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || " +
  "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))";

export const SQLITE_DEFAULTS = { now: 'CURRENT_TIMESTAMP', time: 'CURRENT_TIME', today: 'CURRENT_DATE', uuid: UUID };
