/**
 * Databases db-verify opens: a scratch database to replay on (PGlite for PostgreSQL designs, sql.js for SQLite,
 * the database DATABASE_URL names for MySQL/MariaDB, refused when it holds tables), and the live database of
 * `--url` / DATABASE_URL, read through a session the engine keeps read-only. The clients are loaded when used.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { DialectId } from '../dialects/dialect.js';
import type { CatalogConn } from '../catalog/types.js';
import { mysqlConn, pgConn, sqlJsConn } from '../catalog/conn.js';
import { CouldNotVerify } from './finding.js';
import { safeUrl } from './url.js';
import { freshPGlite } from './pglite-cache.js';

export interface Db { conn: CatalogConn; exec(sql: string): Promise<void>; close(): Promise<void>; label: string }
/** transactionalDdl: a failing BEGIN … COMMIT leaves nothing behind (PostgreSQL, SQLite; not MySQL's implicit commits). */
export interface Scratch extends Db { reset(): Promise<void>; transactionalDdl: boolean }

const req = createRequire(import.meta.url);

/** A file that fails inside its own BEGIN leaves the session aborted: roll it back, as a client's session would end. */
const undoing = (run: (sql: string) => Promise<unknown>) => async (sql: string): Promise<void> => {
  try { await run(sql); } catch (e) { await run('ROLLBACK;').catch(() => undefined); throw e; }
};

type SqlJsDb = { exec(sql: string, p?: never): { columns: string[]; values: unknown[][] }[]; close(): void };
async function sqlJs(bytes?: Uint8Array): Promise<SqlJsDb> {
  const init = req('sql.js') as (o?: object) => Promise<{ Database: new (b?: Uint8Array) => SqlJsDb }>;
  return new (await init()).Database(bytes);
}

async function pglite(): Promise<Scratch> {
  const db = await freshPGlite();
  return {
    label: 'PGlite', transactionalDdl: true, conn: pgConn(db), exec: undoing((q) => db.exec(q)), close: () => db.close(),
    reset: async () => void (await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')),
  };
}

async function sqlite(): Promise<Scratch> {
  let db = await sqlJs();
  const open = (d: SqlJsDb) => { d.exec('PRAGMA foreign_keys = ON'); return d; };
  open(db);
  const s: Scratch = {
    label: 'SQLite (sql.js)', transactionalDdl: true, conn: { query: (q, p) => sqlJsConn(db).query(q, p) }, exec: undoing(async (q) => db.exec(q)),
    close: async () => db.close(),
    reset: async () => { db.close(); db = open(await sqlJs()); },
  };
  return s;
}

type MyConn = { query(s: string, p?: unknown[]): Promise<unknown>; end(): Promise<void>; on(e: string, f: () => void): void };
async function mysqlAt(url: string): Promise<MyConn> {
  const mysql = req('mysql2/promise') as { createConnection(u: string): Promise<MyConn> };
  try {
    const c = await mysql.createConnection(url);
    c.on('error', () => undefined);
    return c;
  } catch (e) {
    throw new CouldNotVerify(`cannot connect to ${safeUrl(url)}: ${String((e as Error).message ?? e).split('\n')[0]}`);
  }
}

async function mysqlScratch(url: string | undefined): Promise<Scratch> {
  if (!url) throw new CouldNotVerify('MySQL/MariaDB has no embedded engine: set DATABASE_URL to an empty scratch database to replay on');
  const c = await mysqlAt(url);
  const conn = mysqlConn(c);
  const TABLES = 'SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()';
  const tables = async () => (await conn.query(TABLES)).map((r) => String(r.t ?? r.T ?? r.TABLE_NAME));
  const held = await tables();
  if (held.length) { await c.end(); throw new CouldNotVerify(`${safeUrl(url)} holds ${held.length} tables (${held.slice(0, 3).join(', ')}…); replay needs an empty scratch database`); }
  return {
    label: `MySQL/MariaDB scratch ${safeUrl(url)}`, transactionalDdl: false, conn, exec: undoing((q) => c.query(q)), close: () => c.end(),
    reset: async () => {
      await c.query('SET FOREIGN_KEY_CHECKS = 0');
      for (const t of await tables()) await c.query(`DROP TABLE IF EXISTS \`${t}\``);
      await c.query('SET FOREIGN_KEY_CHECKS = 1');
    },
  };
}

export async function openScratch(db: DialectId, env: NodeJS.ProcessEnv): Promise<Scratch> {
  if (db === 'postgres') return pglite();
  if (db === 'sqlite') return sqlite();
  return mysqlScratch(env.DATABASE_URL);
}

/** The live database, read-only: PostgreSQL and MySQL sessions set READ ONLY; a SQLite file is read into memory. */
export async function openLive(db: DialectId, url: string): Promise<Db> {
  const label = safeUrl(url);
  if (db === 'sqlite') {
    const path = url.replace(/^sqlite:(\/\/)?/, '').replace(/^file:(\/\/)?/, '');
    let bytes: Uint8Array;
    try { bytes = readFileSync(path); } catch { throw new CouldNotVerify(`cannot read the SQLite database ${label}`); }
    const d = await sqlJs(bytes);
    return { label, conn: sqlJsConn(d), exec: async () => { throw new Error('internal: the live database is never written'); }, close: async () => d.close() };
  }
  if (db === 'mysql') {
    const c = await mysqlAt(url);
    await c.query('SET SESSION TRANSACTION READ ONLY');
    return { label, conn: mysqlConn(c), exec: async () => { throw new Error('internal: the live database is never written'); }, close: () => c.end() };
  }
  const pg = req('pg') as { Client: new (o: object) => { connect(): Promise<void>; query(s: string, p?: unknown[]): Promise<unknown>; end(): Promise<void>; on(e: string, f: () => void): void } };
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => undefined);
  try { await c.connect(); } catch (e) { throw new CouldNotVerify(`cannot connect to ${label}: ${String((e as Error).message ?? e).split('\n')[0]}`); }
  await c.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
  return { label, conn: pgConn(c), exec: async () => { throw new Error('internal: the live database is never written'); }, close: () => c.end() };
}
