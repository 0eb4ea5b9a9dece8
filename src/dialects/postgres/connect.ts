/** Reaching PostgreSQL: node-postgres for a server (a scratch database made and dropped there), PGlite embedded. */
import { randomBytes } from 'node:crypto';
import type { Connection, Scratch, Session } from '../members.js';
import { pgConn } from '../../catalog/conn.js';
import { freshPGlite } from './pglite-cache.js';
import { importEsm } from '../../base/esm-import.js';

type Client = { connect(): Promise<void>; query(s: string, p?: unknown[]): Promise<unknown>; end(): Promise<void>; on(e: string, f: () => void): void };

async function open(url: string, o: { readOnly?: boolean }): Promise<Session> {
  const pg = (await importEsm<typeof import('pg')>('pg')).default;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 }) as unknown as Client;
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw e;
  }
  if (o.readOnly) await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
  return { conn: pgConn(client), exec: async (s) => void (await client.query(s)), close: () => client.end() };
}

async function pglite(): Promise<Scratch> {
  const db = await freshPGlite();
  return {
    label: 'PGlite', conn: pgConn(db), exec: async (s) => void (await db.exec(s)), close: () => db.close(),
    reset: async () => void (await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')),
  };
}

/** A scratch database on the server (same version, same texts); undefined where it may not create one. */
async function serverScratch(url: string): Promise<Session | undefined> {
  const name = `dbs_import_${randomBytes(4).toString('hex')}`;
  const admin = await open(url, {});
  try {
    await admin.exec(`CREATE DATABASE "${name}"`);
  } catch {
    return undefined;
  } finally {
    await admin.close();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await open(u.toString(), {});
  const drop = async () => {
    await db.close();
    const again = await open(url, {});
    await again.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => again.close());
  };
  return { ...db, close: drop };
}

export const pgConnection: Connection = {
  urlFormat: 'postgres://<user>@<host>:5432/<database>',
  driver: { node: 'pg', python: 'psycopg', rust: 'postgres' },
  schemes: ['postgres', 'postgresql'],
  open: (url, o) => open(url, o),
  embedded: { label: 'PGlite', open: pglite },
  serverScratch,
  afterLoad: ['SET search_path TO public'],
  // pg_dump since 17.6 / 16.10 / 15.14 / 14.19 / 13.22 opens and ends with psql's \restrict KEY / \unrestrict KEY
  loadable: (text) => text.replace(/^\\(?:un)?restrict [A-Za-z0-9]+[ \t]*$/gm, ''),
};
