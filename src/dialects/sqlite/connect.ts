/** Reaching SQLite: a database file read into sql.js (the caller writes `dump()` back), or an empty one in memory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection, Scratch, Session } from '../members.js';
import { sqlJsConn } from '../../catalog/conn.js';
import { importEsm } from '../../base/esm-import.js';

/** A SQLite URL's file: `sqlite:app.db`, `sqlite:///abs/app.db`, `file:app.db`. */
export function sqlitePath(url: string, cwd: string): string {
  const path = url.replace(/^[a-z0-9]+:(\/\/)?/i, '').replace(/\?.*$/, '');
  return path.startsWith('/') ? path : join(cwd, path);
}

export async function sqlJs(bytes?: Uint8Array): Promise<Session & { dump(): Uint8Array }> {
  const initSqlJs = (await importEsm<typeof import('sql.js')>('sql.js')).default;
  const SQL = await initSqlJs();
  const db = new SQL.Database(bytes);
  db.exec('PRAGMA foreign_keys = ON');
  // sql.js reopens the database on export(): foreign keys on again
  const dump = () => { const b = db.export(); db.exec('PRAGMA foreign_keys = ON'); return b; };
  return { conn: sqlJsConn(db), exec: async (s) => void db.exec(s), close: async () => db.close(), dump };
}

async function memory(): Promise<Scratch> {
  let db = await sqlJs();
  return {
    label: 'SQLite (sql.js)', conn: { query: (q, p) => db.conn.query(q, p) }, exec: (q) => db.exec(q),
    close: () => db.close(),
    reset: async () => { await db.close(); db = await sqlJs(); },
  };
}

export const sqliteConnection: Connection = {
  urlFormat: 'sqlite:<path/to/app.sqlite3>',
  driverUrlFormat: 'sqlite3://<path/to/app.sqlite3>', // golang-migrate has no sqlite: scheme
  driver: { node: 'better-sqlite3', python: 'sqlite3 (stdlib)', rust: 'sqlite' },
  schemes: ['sqlite', 'sqlite3', 'file'],
  path: sqlitePath,
  open: async (url, o) => sqlJs(readFileSync(sqlitePath(url, o.cwd))),
  embedded: { label: 'sql.js', open: memory },
};
