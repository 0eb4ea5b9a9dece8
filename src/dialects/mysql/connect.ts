/** Reaching MySQL/MariaDB: mysql2 only (no embedded engine): a scratch database is made on the server. */
import { randomBytes } from 'node:crypto';
import type { Connection, Session } from '../members.js';
import { mysqlConn } from '../../catalog/conn.js';
import { splitDelimited } from './script.js';
import { importEsm } from '../../base/esm-import.js';

async function open(url: string, o: { database?: string; readOnly?: boolean }): Promise<Session> {
  const mysql = (await importEsm<{ default: typeof import('mysql2/promise') }>('mysql2/promise')).default;
  const u = new URL(url.replace(/^mariadb:/i, 'mysql:'));
  const c = await mysql.createConnection({
    host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password),
    database: o.database ?? (decodeURIComponent(u.pathname.slice(1)) || undefined), multipleStatements: true, connectTimeout: 5000,
  });
  c.on('error', () => undefined);
  if (o.readOnly) await c.query('SET SESSION TRANSACTION READ ONLY');
  const exec = async (s: string) => { for (const chunk of splitDelimited(s)) await c.query(chunk); };
  return { conn: mysqlConn(c), exec, close: () => c.end() };
}

async function serverScratch(url: string): Promise<Session> {
  const name = `dbs_import_${randomBytes(4).toString('hex')}`;
  const admin = await open(url, {});
  await admin.exec(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
  await admin.close();
  const db = await open(url, { database: name });
  return { ...db, close: async () => { await db.exec(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => undefined); await db.close(); } };
}

const TABLES = 'SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()';
const ROUTINES = 'SELECT routine_name AS n, routine_type AS k FROM information_schema.routines WHERE routine_schema = DATABASE()';
const list = async (s: Session) => (await s.conn.query(TABLES)).map((r) => String(r.t ?? r.T ?? r.TABLE_NAME));

export const mysqlConnection: Connection = {
  urlFormat: 'mysql://<user>@<host>:3306/<database>',
  driver: { node: 'mysql2', python: 'PyMySQL', rust: 'mysql' },
  schemes: ['mysql', 'mariadb'],
  open: (url, o) => open(url, o),
  serverScratch,
  serverTables: {
    list,
    dropAll: async (s) => { // views and sequences are in the list too (an import's residue makes them), and routines
      await s.exec('SET FOREIGN_KEY_CHECKS = 0');
      const what = (k: unknown) => (k === 'VIEW' ? 'VIEW' : k === 'SEQUENCE' ? 'SEQUENCE' : 'TABLE');
      for (const r of await s.conn.query(`${TABLES.replace(' AS t ', ' AS t, table_type AS k ')} ORDER BY k = 'VIEW' DESC`)) {
        await s.exec(`DROP ${what(r.k ?? r.K)} IF EXISTS \`${String(r.t ?? r.T)}\``);
      }
      for (const r of await s.conn.query(ROUTINES)) await s.exec(`DROP ${String(r.k ?? r.K)} IF EXISTS \`${String(r.n ?? r.N)}\``);
      await s.exec('SET FOREIGN_KEY_CHECKS = 1');
    },
  },
};
