/**
 * A scratch database the catalog readers read through their own `CatalogConn`: PostgreSQL and MariaDB
 * (the harness's scratch database, read over a second client, as a user's tool would), sql.js, PGlite.
 */
import pg from 'pg';
import mysql from 'mysql2/promise';
import initSqlJs from 'sql.js';
import { mysqlConn, pgConn, sqlJsConn } from '../../src/catalog/conn.js';
import { freshPGlite } from '../../src/dialects/postgres/pglite-cache.js';
import type { CatalogConn } from '../../src/catalog/types.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { openEngine } from './engines.js';

export type ReadableId = 'postgres' | 'mysql' | 'sqlite' | 'pglite';

export interface Readable {
  id: ReadableId;
  dialect: DialectId;
  /** The scratch database's name (server engines), for a URL. */
  name: string;
  exec(sql: string): Promise<void>;
  conn: CatalogConn;
  /** The session the reader uses, made read-only by the engine itself (PostgreSQL, MariaDB). */
  readOnly(): Promise<void>;
  close(): Promise<void>;
}

async function server(id: 'postgres' | 'mysql'): Promise<Readable> {
  const engine = await openEngine(id);
  if (id === 'postgres') {
    const port = Number(process.env.DBS_PG_PORT ?? 5432);
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: engine.name });
    await client.connect();
    return {
      id, dialect: id, name: engine.name, exec: (s) => engine.exec(s), conn: pgConn(client),
      readOnly: async () => void (await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY')),
      close: async () => { await client.end(); await engine.close(); },
    };
  }
  const port = Number(process.env.DBS_MYSQL_PORT ?? 3306);
  const c = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root', database: engine.name });
  return {
    id, dialect: id, name: engine.name, exec: (s) => engine.exec(s), conn: mysqlConn(c),
    readOnly: async () => void (await c.query('SET SESSION TRANSACTION READ ONLY')),
    close: async () => { await c.end(); await engine.close(); },
  };
}

let sqlJs: ReturnType<typeof initSqlJs> | undefined;

export async function openReadable(id: ReadableId): Promise<Readable> {
  if (id === 'postgres' || id === 'mysql') return server(id);
  if (id === 'pglite') {
    // the product's own PGlite (citext given), started from its kept data directory: initdb is ~5 s a start
    const db = await freshPGlite();
    return {
      id, dialect: 'postgres', name: 'pglite', exec: async (s) => void (await db.exec(s)), conn: pgConn(db),
      readOnly: async () => void (await db.exec('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY')),
      close: () => db.close(),
    };
  }
  const SQL = await (sqlJs ??= initSqlJs());
  const db = new SQL.Database();
  db.exec('PRAGMA foreign_keys = ON');
  return {
    id, dialect: 'sqlite', name: ':memory:', exec: async (s) => void db.exec(s), conn: sqlJsConn(db),
    readOnly: async () => void db.exec('PRAGMA query_only = ON'),
    close: async () => db.close(),
  };
}
