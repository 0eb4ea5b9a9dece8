/** The one interface every dialect implements; shared code asks caps, never the dialect id. */
import type { Column, Schema, Table } from '../state/physical-schema.js';
import type { Statement, StatementKind } from '../model/statements.js';
import type { Caps } from '../model/caps.js';
import type { VolumeSql } from './volume.js';
import type { OnlinePlan, Timeouts } from './online.js';
import type { Catalog, CatalogConn } from '../catalog/types.js';
import type { ReplayWriter } from '../catalog/replay.js';
import type { ImportHints } from './import-hints.js';
import type { Choice, Connection, SeedSql } from './members.js';

export type DialectId = 'postgres' | 'mysql' | 'sqlite';

export type { Caps, EngineLimits } from '../model/caps.js';

/** How a check(expr) says the language's one meaning on this engine (check-print.ts); absent: as PostgreSQL reads it. */
export interface CheckSyntax {
  intDiv?: string;                                   // whole-number division (MySQL: DIV)
  length?: string;                                   // length in characters (MySQL: CHAR_LENGTH)
  textEq?: (sql: string) => string;                  // a text operand compared by code point and case (MySQL: CAST AS BINARY)
  textOrder?: (sql: string) => string;               // a text operand ordered by code point (PostgreSQL: COLLATE "C")
  collatedEq?: (sql: string) => string;              // an enum's operand when its column has collate(…) (SQLite: COLLATE BINARY)
  like?: (e: string, pattern: string, not: boolean) => string; // case-sensitive, backslash escapes (SQLite: GLOB)
}

export type Emitters = { [K in StatementKind]: (s: Extract<Statement, { kind: K }>) => string[] };

export interface Dialect {
  id: DialectId;
  label: string;
  /** The engine in the wizard's select (its label there and a one-line hint). */
  choice: Choice;
  /** The DATABASE_URL shape and the drivers an app connects with. */
  connection: Connection;
  /** How seed data is written and loaded on this engine. */
  seed: SeedSql;
  /** The database/sql driver name Go runners take (goose, golang-migrate's sqlite3 scheme). */
  sqlDriver: string;
  caps: Caps;
  quote(name: string): string;
  literal(v: string | number | boolean | null): string;
  /** The statement every SQL file starts with, so a client reads its text as UTF-8 (MySQL: SET NAMES utf8mb4). */
  encoding?: string;
  columnType(col: Column, table: Table): string;
  /** check(expr) printing; absent: PostgreSQL's reading. */
  check?: CheckSyntax;
  /** A zone-less datetime default or backfill pinned to UTC (PostgreSQL TIMESTAMPTZ: '…+00'). */
  utcDatetime?: (lit: string) => string;
  /** The SQL after DEFAULT for a column with a default, as the DDL writes it (for ORM files that repeat it). */
  columnDefault(col: Column, table: Table): string | undefined;
  emit: Emitters;
  /** Lines before and after a down migration's statements, given its up (SQLite: FK handling around drops). */
  downPrelude?: (up: Statement[]) => string[];
  downPostlude?: (up: Statement[]) => string[];
  /** The up as this engine runs it best (SQLite: one rebuild for all the changes to one table). */
  group?: (up: Statement[], around?: Schema[]) => Statement[]; // around: the schema before and after
  /** Must this migration SQL run outside a transaction (SQLite: PRAGMA foreign_keys is a no-op inside one)? */
  outsideTransaction?: (sql: string) => boolean;
  /** Why such a file cannot run inside a transaction, as a clause for the report. */
  outsideWhy?: string;
  /** Checks of the rows a migration file runs before its first statement, so that it fails before it changes anything
   *  (MySQL: DDL cannot roll back); absent: the file's transaction undoes a failure. */
  dataChecks?: (statements: Statement[]) => string[];
  /** The migration file as one transaction (BEGIN … COMMIT after its header); absent: DDL cannot roll back (MySQL). */
  transaction?: (sql: string) => string;
  /** How the volume seed tier generates rows inside this engine. */
  volume: VolumeSql;
  /** The lock-safe form of a later migration (safety: online); absent: the engine has no online DDL. */
  online?: (up: Statement[]) => OnlinePlan;
  /** The lines an online migration file starts with: the engine's timeouts (a backfill's statement runs unbounded). */
  timeouts?: (t: Timeouts, o: { alone: boolean; backfill: boolean }) => string[];
  /** Reads the database's schema through any client (pg, mysql2, PGlite, sql.js: see catalog/conn.ts); SELECTs only. */
  readCatalog(conn: CatalogConn): Promise<Catalog>;
  /** Writes catalog objects back as SQL: the residue of an import (db/residue.sql). */
  replay: ReplayWriter;
  /** What db-import recognises of the engine's own constructs as the language's (the kept-current updated_at …). */
  recognise?: ImportHints;
}

export const DIALECT_IDS: DialectId[] = ['postgres', 'mysql', 'sqlite'];
