/** The rows of types-sql.test.ts (shared with engines-rows.test.ts, which runs each design on the engines). */
import type { DialectId } from '../../src/dialects/dialect.js';

export type Row = [string, string, Record<DialectId, string>];

// [field as written, column name, expected column definition per dialect]
export const TYPES: Row[] = [
  ['code:string(12)', 'code', { postgres: 'VARCHAR(12) NOT NULL', mysql: 'VARCHAR(12) NOT NULL', sqlite: 'VARCHAR(12) NOT NULL' }],
  ['plain:string', 'plain', { postgres: 'VARCHAR(255) NOT NULL', mysql: 'VARCHAR(255) NOT NULL', sqlite: 'VARCHAR(255) NOT NULL' }],
  ['iso:char(3)', 'iso', { postgres: 'CHAR(3) NOT NULL', mysql: 'CHAR(3) NOT NULL', sqlite: 'CHAR(3) NOT NULL' }],
  ['notes:text', 'notes', { postgres: 'TEXT NOT NULL', mysql: 'TEXT NOT NULL', sqlite: 'TEXT NOT NULL' }],
  ['rank:smallint', 'rank', { postgres: 'SMALLINT NOT NULL', mysql: 'SMALLINT NOT NULL', sqlite: 'SMALLINT NOT NULL' }],
  ['qty:integer', 'qty', { postgres: 'INTEGER NOT NULL', mysql: 'INT NOT NULL', sqlite: 'INTEGER NOT NULL' }],
  ['big:bigint', 'big', { postgres: 'BIGINT NOT NULL', mysql: 'BIGINT NOT NULL', sqlite: 'BIGINT NOT NULL' }],
  ['price:decimal(4,2)', 'price', { postgres: 'NUMERIC(4,2) NOT NULL', mysql: 'DECIMAL(4,2) NOT NULL', sqlite: 'NUMERIC(4,2) NOT NULL' }],
  ['total:decimal', 'total', { postgres: 'NUMERIC(18,2) NOT NULL', mysql: 'DECIMAL(18,2) NOT NULL', sqlite: 'NUMERIC(18,2) NOT NULL' }],
  ['score:float', 'score', { postgres: 'DOUBLE PRECISION NOT NULL', mysql: 'DOUBLE NOT NULL', sqlite: 'REAL NOT NULL' }],
  ['ok:boolean', 'ok', { postgres: 'BOOLEAN NOT NULL', mysql: 'BOOLEAN NOT NULL', sqlite: 'BOOLEAN NOT NULL' }],
  ['born:date', 'born', { postgres: 'DATE NOT NULL', mysql: 'DATE NOT NULL', sqlite: 'DATE NOT NULL' }],
  ['opens:time', 'opens', { postgres: 'TIME NOT NULL', mysql: 'TIME NOT NULL', sqlite: 'TIME NOT NULL' }],
  ['seen:datetime', 'seen', { postgres: 'TIMESTAMPTZ NOT NULL', mysql: 'DATETIME NOT NULL', sqlite: 'DATETIME NOT NULL' }],
  ['token:uuid', 'token', { postgres: 'UUID NOT NULL', mysql: 'CHAR(36) NOT NULL', sqlite: 'TEXT NOT NULL' }],
  ['meta:json', 'meta', { postgres: 'JSONB NOT NULL', mysql: 'JSON NOT NULL', sqlite: 'JSON NOT NULL' }],
  ['blob:binary', 'blob', { postgres: 'BYTEA NOT NULL', mysql: 'LONGBLOB NOT NULL', sqlite: 'BLOB NOT NULL' }],
  ['mood:ENUM(a|b)', 'mood', { postgres: 'TEXT NOT NULL', mysql: 'VARCHAR(16) NOT NULL', sqlite: 'TEXT NOT NULL' }],
  ['Upper:STRING(5)', 'upper', { postgres: 'VARCHAR(5) NOT NULL', mysql: 'VARCHAR(5) NOT NULL', sqlite: 'VARCHAR(5) NOT NULL' }],
];

export const TYPES_DESIGN = `Sample: ${TYPES.map(([f]) => f).join(', ')}`;

