/**
 * Where an import reads from: a live database (pg, mysql2, a SQLite file through sql.js) or a schema file
 * loaded into an embedded engine (PGlite, sql.js) or a scratch database on the MySQL server of DATABASE_URL.
 * The clients are loaded only here, when an import runs. Failures are one line, the URL without its password.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { CatalogConn } from '../catalog/types.js';
import { mysqlConn, pgConn, sqlJsConn } from '../catalog/conn.js';
import type { DialectId } from '../dialects/dialect.js';
import { fail } from '../cli/errors.js';
import { dialectOfUrl, redact, sqlitePath } from './url.js';
import { splitDelimited } from './mysql-script.js';
import { openScratch } from './scratch.js';

export interface Opened {
  dialect: DialectId;
  conn: CatalogConn;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** A SQLite file opened by URL: write what was loaded back to the file (db-seed --apply, after each batch). */
  persist?(): void;
}

export const reason = (e: unknown) => {
  const x = e as { code?: string; message?: string; errors?: { message?: string }[] };
  const msg = x.message || x.errors?.[0]?.message || String(e);
  return `${x.code ? `${x.code}: ` : ''}${msg.split('\n')[0]}`;
};

export async function pgOpen(url: string): Promise<Opened> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    fail(`cannot open ${redact(url)}: ${reason(e)}`);
  }
  return { dialect: 'postgres', conn: pgConn(client), exec: async (s) => void (await client.query(s)), close: () => client.end() };
}

export async function mysqlOpen(url: string, database?: string): Promise<Opened> {
  const mysql = (await import('mysql2/promise')).default;
  const u = new URL(url.replace(/^mariadb:/i, 'mysql:'));
  let c: import('mysql2/promise').Connection;
  try {
    c = await mysql.createConnection({
      host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password),
      database: database ?? (decodeURIComponent(u.pathname.slice(1)) || undefined), multipleStatements: true, connectTimeout: 5000,
    });
  } catch (e) {
    return fail(`cannot open ${redact(url)}: ${reason(e)}`);
  }
  c.on('error', () => undefined);
  const exec = async (s: string) => { for (const chunk of splitDelimited(s)) await c.query(chunk); };
  return { dialect: 'mysql', conn: mysqlConn(c), exec, close: () => c.end() };
}

export async function sqlJs(bytes?: Uint8Array): Promise<Opened & { dump(): Uint8Array }> {
  const initSqlJs = (await import('sql.js')).default;
  const SQL = await initSqlJs();
  const db = new SQL.Database(bytes);
  db.exec('PRAGMA foreign_keys = ON');
  // sql.js reopens the database on export(): foreign keys on again
  const dump = () => { const b = db.export(); db.exec('PRAGMA foreign_keys = ON'); return b; };
  return { dialect: 'sqlite', conn: sqlJsConn(db), exec: async (s) => void db.exec(s), close: async () => db.close(), dump };
}

export async function pglite(): Promise<Opened> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite();
  return { dialect: 'postgres', conn: pgConn(db), exec: async (s) => void (await db.exec(s)), close: () => db.close() };
}

export async function openUrl(url: string, cwd: string): Promise<Opened> {
  const d = dialectOfUrl(url);
  if (d === 'postgres') return pgOpen(url);
  if (d === 'mysql') return mysqlOpen(url);
  const path = sqlitePath(url, cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return fail(`cannot open ${redact(url)}: ${reason(e)}`);
  }
  const o = await sqlJs(bytes);
  return { ...o, persist: () => { writeFileSync(`${path}.seed-tmp`, o.dump()); renameSync(`${path}.seed-tmp`, path); } };
}

/** A schema file loaded into a scratch database of its engine; a file that does not load is one line. */
export async function openFile(path: string, text: string, d: DialectId, url: string | undefined): Promise<Opened> {
  const db = await openScratch(d, url);
  try {
    await db.exec(text);
    if (d === 'postgres') await db.exec('SET search_path TO public'); // pg_dump empties it
  } catch (e) {
    await db.close().catch(() => undefined);
    const into = d === 'postgres' ? 'PGlite' : d === 'sqlite' ? 'sql.js' : 'a scratch MySQL database';
    fail(`--file ${path}: does not load into ${into} (${reason(e)})`);
  }
  return db;
}
