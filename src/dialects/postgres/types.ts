/** PostgreSQL column types. */
import type { Column } from '../../state/physical-schema.js';

export function pgType(col: Column): string {
  const t = col.type;
  const identity = col.identity ? ` GENERATED ${col.identityKind === 'by-default' ? 'BY DEFAULT' : 'ALWAYS'} AS IDENTITY` : '';
  if (col.identity && col.identityKind === 'serial') return SERIAL[t.kind] ?? 'BIGSERIAL';
  if (isCitext(col)) return 'CITEXT';
  switch (t.kind) {
    case 'key': case 'bigint': return `BIGINT${identity}`;
    case 'smallint': return `SMALLINT${identity}`;
    case 'integer': return `INTEGER${identity}`;
    case 'string': return t.net ? t.net.toUpperCase() : `VARCHAR(${t.length})`;
    case 'char': return `CHAR(${t.length})`;
    case 'text': return `${t.varchar ? 'VARCHAR' : 'TEXT'}${t.array ? '[]' : ''}`;
    case 'enum': return 'TEXT';
    case 'decimal': return `NUMERIC(${t.precision},${t.scale})`;
    case 'float': return 'DOUBLE PRECISION';
    case 'boolean': return 'BOOLEAN';
    case 'date': return 'DATE';
    case 'time': return 'TIME';
    case 'datetime': case 'timestamp': return t.local ? 'TIMESTAMP WITHOUT TIME ZONE' : 'TIMESTAMPTZ';
    case 'uuid': return 'UUID';
    case 'json': return 'JSONB';
    case 'binary': return 'BYTEA';
  }
}

/** citext is an extension (trusted since PostgreSQL 13: the database owner may create it); created before the first use. */
export const citextFor = (cols: Column[]): string[] => (cols.some(isCitext) ? ['CREATE EXTENSION IF NOT EXISTS citext;'] : []);

/** pgType(col) is CITEXT (without writing the type out for every column of every table). */
function isCitext(col: Column): boolean {
  const t = col.type;
  return !(col.identity && col.identityKind === 'serial') && (t.kind === 'string' || t.kind === 'char' || t.kind === 'text') && !!t.ci;
}

/** `serial` keys: the sequence-default types (no identity; explicit ids go in as they are). */
const SERIAL: Record<string, string> = { smallint: 'SMALLSERIAL', integer: 'SERIAL', bigint: 'BIGSERIAL', key: 'BIGSERIAL' };

/** Generated defaults (now / today / uuid) as PostgreSQL writes them. */
export const PG_DEFAULTS = { now: 'now()', time: 'LOCALTIME', today: 'CURRENT_DATE', uuid: 'gen_random_uuid()' };
