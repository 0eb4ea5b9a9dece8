/** MySQL/MariaDB column types; TEXT that must be indexed becomes VARCHAR(255) (TEXT keys need a prefix length). */
import type { Column, Table } from '../../state/physical-schema.js';

/** The character set and collation every table the migrations make has (CREATE TABLE … DEFAULT CHARSET … COLLATE …). */
export const CHARSET = 'utf8mb4';
export const COLLATION = 'utf8mb4_unicode_ci';

/** The length a keyed TEXT column gets (caps.keyedText). */
export const KEYED_TEXT = 255;

const keyed = (col: Column, t: Table) => t.primaryKey.columns.includes(col.name) ||
  t.uniques.some((u) => u.columns.includes(col.name)) || t.indexes.some((i) => i.columns.includes(col.name));

export function mysqlType(col: Column, t: Table): string {
  const ty = col.type;
  switch (ty.kind) {
    case 'key': return 'BIGINT UNSIGNED';
    case 'string': return `VARCHAR(${ty.length})`;
    case 'char': return `CHAR(${ty.length})`;
    case 'text': return keyed(col, t) ? `VARCHAR(${KEYED_TEXT})` : 'TEXT';
    case 'smallint': return `SMALLINT${ty.unsigned ? ' UNSIGNED' : ''}`;
    case 'integer': return `INT${ty.unsigned ? ' UNSIGNED' : ''}`;
    case 'bigint': return `BIGINT${ty.unsigned ? ' UNSIGNED' : ''}`;
    case 'decimal': return `DECIMAL(${ty.precision},${ty.scale})`;
    case 'float': return 'DOUBLE';
    case 'boolean': return 'BOOLEAN';
    case 'date': return 'DATE';
    case 'time': return 'TIME';
    case 'datetime': return 'DATETIME';
    case 'timestamp': return ty.local ? 'DATETIME' : 'TIMESTAMP'; // TIMESTAMP converts to and from the session time zone
    case 'uuid': return 'CHAR(36)';
    case 'json': return 'JSON';
    case 'binary': return 'LONGBLOB';
    case 'enum': return `VARCHAR(${enumWidth(ty.values)})`;
  }
}

/** Generated defaults: expressions in parentheses (MySQL 8.0.13+, MariaDB 10.2+); CURRENT_TIMESTAMP bare. */
export const MYSQL_DEFAULTS = { now: 'CURRENT_TIMESTAMP', time: '(CURRENT_TIME)', today: '(CURRENT_DATE)', uuid: '(UUID())' };

/** TEXT, BLOB and JSON columns take a literal default only as an expression: `DEFAULT ('x')`. */
export const mysqlWrap = (col: Column, t: Table, lit: string) =>
  (/^(TEXT|LONGBLOB|JSON)$/.test(mysqlType(col, t)) ? `(${lit})` : lit);

/** An enum's VARCHAR holds its longest value (16 at least). */
export const enumWidth = (values: string[]): number => Math.max(16, ...values.map((v) => v.length));
