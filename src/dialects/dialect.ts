/** The one interface every dialect implements; shared code asks caps, never the dialect id. */
import type { Column, Table } from '../state/physical-schema.js';
import type { Statement, StatementKind } from '../model/statements.js';
import type { Catalog, CatalogConn } from '../catalog/types.js';

export type DialectId = 'postgres' | 'mysql' | 'sqlite';

export interface Caps {
  maxIdent: number;              // identifier length limit
  transactionalDdl: boolean;
  updatedAtTrigger: boolean;     // needs a trigger to keep updated_at current (else ON UPDATE in the column)
  triggerFunction: boolean;      // the trigger calls one shared function (created once)
  partialIndex: boolean;         // CREATE INDEX … WHERE
  addForeignKey: boolean;        // ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY (else FKs inline, forward refs allowed)
  dropColumnWithFk: 'alter' | 'rebuild';
  reservedPrefix?: string;       // table names the engine keeps for itself (SQLite: sqlite_)
  identitySequence?: (table: string) => string; // the relation an identity key creates (PostgreSQL: <table>_id_seq)
  fkIndexed?: boolean;           // the engine indexes an FK's columns itself (InnoDB)
  onlineDdl?: { concurrentIndex: boolean; notValid: boolean }; // CREATE INDEX CONCURRENTLY, ADD CONSTRAINT … NOT VALID
}

export type Emitters = { [K in StatementKind]: (s: Extract<Statement, { kind: K }>) => string[] };

export interface Dialect {
  id: DialectId;
  label: string;
  /** The database/sql driver name Go runners take (goose, golang-migrate's sqlite3 scheme). */
  sqlDriver: string;
  caps: Caps;
  quote(name: string): string;
  literal(v: string | number | boolean | null): string;
  /** The statement every SQL file starts with, so a client reads its text as UTF-8 (MySQL: SET NAMES utf8mb4). */
  encoding?: string;
  columnType(col: Column, table: Table): string;
  /** The SQL after DEFAULT for a column with a default, as the DDL writes it (for ORM files that repeat it). */
  columnDefault(col: Column, table: Table): string | undefined;
  emit: Emitters;
  /** Lines before and after a down migration's statements, given its up (SQLite: FK handling around drops). */
  downPrelude?: (up: Statement[]) => string[];
  downPostlude?: (up: Statement[]) => string[];
  /** The up as this engine runs it best (SQLite: one rebuild for all the changes to one table). */
  group?: (up: Statement[]) => Statement[];
  /** Must this migration SQL run outside a transaction (SQLite: PRAGMA foreign_keys is a no-op inside one)? */
  outsideTransaction?: (sql: string) => boolean;
  /** Reads the database's schema through any client (pg, mysql2, PGlite, sql.js: see catalog/conn.ts); SELECTs only. */
  readCatalog(conn: CatalogConn): Promise<Catalog>;
}

export const DIALECT_IDS: DialectId[] = ['postgres', 'mysql', 'sqlite'];
