/** SQLite engine: a sql.js in-memory database (wasm from node_modules) with foreign keys on. */
import initSqlJs from 'sql.js';
import { sqliteCatalog } from './catalog-sqlite.js';
import type { Engine } from './types.js';

type SqlJs = Awaited<ReturnType<typeof initSqlJs>>;
let loading: Promise<SqlJs> | undefined;

/** sql.js resolves sql-wasm.wasm next to its own dist file, so nothing is downloaded. */
function loadSqlJs(): Promise<SqlJs> {
  loading ??= initSqlJs();
  return loading;
}

export async function sqliteAvailable(): Promise<boolean> {
  try {
    const SQL = await loadSqlJs();
    new SQL.Database().close();
    return true;
  } catch {
    return false;
  }
}

/** A fresh in-memory database, or (`bytes`) a copy of a SQLite file's contents to read its catalog and rows. */
export async function openSqlite(bytes?: Uint8Array): Promise<Engine> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(bytes);
  db.exec('PRAGMA foreign_keys = ON');
  let closed = false;
  /** sql.js throws plain strings in places (e.g. 'Database closed'): always surface an Error. */
  const run = (sql: string) => {
    if (closed) throw new Error('sqlite engine is closed');
    try {
      return db.exec(sql);
    } catch (e) {
      throw e instanceof Error ? e : new Error(String(e));
    }
  };
  const query = async <T>(sql: string): Promise<T[]> => {
    const results = run(sql);
    const last = results[results.length - 1];
    if (!last) return [];
    return last.values.map((row) => Object.fromEntries(last.columns.map((c, i) => [c, row[i]])) as T);
  };
  return {
    id: 'sqlite',
    name: ':memory:',
    async exec(sql) {
      run(sql);
    },
    query,
    catalog: () => sqliteCatalog(query),
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
