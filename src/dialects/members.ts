/** What a dialect knows besides its DDL: seed SQL, how to connect, its words in the wizard. Shared code asks these. */
import type { Dialect } from './dialect.js';
import type { CatalogConn } from '../catalog/types.js';
import type { Table } from '../state/physical-schema.js';

export interface SeedSql {
  begin: string;
  commit: string;
  /** Text between `INSERT INTO t (cols)` and `VALUES` (PostgreSQL: explicit ids into an identity column). */
  overriding(t: Table): string;
  /** Ends the insert so a row already there (same key or unique value) is skipped, and nothing else is. */
  onConflict(d: Dialect, t: Table): string;
  /** After explicit ids: the app's next insert without an id gets max(id) + 1 (empty when the engine does it). */
  resetIdentity(d: Dialect, t: Table, column: string, next: number): string[];
  /** The reset statements as written (PostgreSQL: one quiet DO block instead of a result per table). */
  resetBlock(lines: string[]): string[];
  /** A UTC instant 'YYYY-MM-DD HH:MM:SS' as a literal for this engine's timestamp columns. */
  instant(d: Dialect, text: string): string;
  /** Bytes (hex text) as a literal for this engine's binary columns. */
  binary(d: Dialect, hex: string): string;
  /** The one line to load the file by hand. */
  load: string;
  /** Shell for the smoke-test snippet: setup lines, run one file, open a heredoc of SQL, bytes typed in it;
   *  `migration`: run one migration file (kei-migrate's layout, no BEGIN in it) in a transaction of its own. */
  shell: { setup: string[]; file(path: string): string; migration(path: string): string; heredoc: string; bytes(hex: string): string };
}

/** One database through the engine's own client (pg, mysql2, PGlite, sql.js), loaded only when a session opens. */
export interface Session {
  conn: CatalogConn;
  /** Runs a script as the engine's own client would (MySQL: cut at DELIMITER lines). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** A database read from a file (SQLite): its bytes now, to write back. */
  dump?(): Uint8Array;
}

/** An empty database to replay on: `reset` empties it again. */
export interface Scratch extends Session { label: string; reset(): Promise<void> }

/** How to reach the engine: the DATABASE_URL shape in secrets/db.env, the drivers each stack names, the openers. */
export interface Connection {
  urlFormat: string;
  /** The URL a tool that picks its Go driver by the scheme takes (golang-migrate), where it is not `urlFormat`. */
  driverUrlFormat?: string;
  driver: { node: string; python: string; rust: string };
  /** The URL schemes that name this engine. */
  schemes: string[];
  /** The file a URL names (SQLite: read into memory when opened, written back by the caller); absent: a server. */
  path?(url: string, cwd: string): string;
  /** Opens the database at `url` (`cwd`: where a file path is relative to); throws the client's own error. */
  open(url: string, o: { cwd: string; database?: string; readOnly?: boolean }): Promise<Session>;
  /** An empty database in the embedded engine (PGlite, sql.js); absent: the engine has none, a server is needed. */
  embedded?: { label: string; open(): Promise<Scratch> };
  /** An empty database made on the server of `url`, dropped on close; undefined where the server refuses. */
  serverScratch?(url: string): Promise<Session | undefined>;
  /** A server database to replay on (MySQL): the tables it holds (replay wants none), and dropping them all. */
  serverTables?: { list(s: Session): Promise<string[]>; dropAll(s: Session): Promise<void> };
  /** Statements after a dump file is loaded (PostgreSQL: pg_dump empties the search_path). */
  afterLoad?: string[];
  /** A dump file's text as the engine takes it: without the lines only the engine's shell reads (psql's \restrict). */
  loadable?(text: string): string;
}

/** The engine as the wizard's engine select shows it. */
export interface Choice { label: string; hint: string }
