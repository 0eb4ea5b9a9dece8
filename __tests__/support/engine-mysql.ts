/** MariaDB/MySQL engine: mysql2/promise with multipleStatements, a scratch database per open. */
import mysql from 'mysql2/promise';
import { mysqlCatalog } from './catalog-mysql.js';
import { isEmptyQueryError, splitMysqlScript } from './mysql-script.js';
import { sweeper } from './scratch-sweep.js';
import { scratchName, type Engine } from './types.js';

/** DBS_MYSQL_PORT overrides the port (e.g. to check the CI rule against a closed port). */
const BASE = {
  host: '127.0.0.1', port: Number(process.env.DBS_MYSQL_PORT ?? 3306), user: 'root', password: '', connectTimeout: 3000,
};

async function connect(): Promise<mysql.Connection> {
  const conn = await mysql.createConnection({ ...BASE, multipleStatements: true });
  conn.on('error', () => undefined); // a dropped connection must not crash the test process
  return conn;
}

export async function mysqlAvailable(): Promise<boolean> {
  try {
    const conn = await mysql.createConnection(BASE);
    await conn.end();
    return true;
  } catch {
    return false;
  }
}

type Packet = unknown[] | Record<string, unknown>;

/** With multipleStatements a multi-statement text yields one result per statement: keep the last row set. */
function lastRows<T>(result: unknown, fields: unknown): T[] {
  if (!Array.isArray(result)) return [];
  const multi = Array.isArray(fields) && fields.length > 0 && (Array.isArray(fields[0]) || fields[0] === undefined);
  if (!multi) return result as T[];
  const sets = (result as Packet[]).filter((r) => Array.isArray(r));
  return (sets[sets.length - 1] ?? []) as T[];
}

async function withConn<T>(fn: (c: mysql.Connection) => Promise<T>): Promise<T> {
  const c = await connect();
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Drops scratch databases of test processes that died before close(). */
const sweep = sweeper(
  () => withConn(async (c) => ((await c.query("SHOW DATABASES LIKE 'dbs%'"))[0] as Record<string, string>[]).map((r) => Object.values(r)[0])),
  (name) => withConn((c) => c.query(`DROP DATABASE IF EXISTS \`${name}\``)),
);

export async function openMysql(): Promise<Engine> {
  await sweep();
  const name = scratchName();
  const conn = await connect();
  try {
    await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
    await conn.query(`USE \`${name}\``);
  } catch (e) {
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => undefined);
    await conn.end();
    throw e;
  }
  const query = async <T>(sql: string): Promise<T[]> => {
    const [result, fields] = await conn.query(sql);
    return lastRows<T>(result, fields);
  };
  let closed = false;
  return {
    id: 'mysql',
    name,
    async exec(sql) {
      for (const chunk of splitMysqlScript(sql)) {
        try {
          await conn.query(chunk);
        } catch (e) {
          if (!isEmptyQueryError(e)) throw e;
        }
      }
    },
    query,
    catalog: () => mysqlCatalog(query),
    async close() {
      if (closed) return;
      closed = true;
      const drop = `DROP DATABASE IF EXISTS \`${name}\``;
      try {
        await conn.query(drop);
      } catch {
        const fresh = await connect(); // the session may have been lost: drop from a new one
        await fresh.query(drop).finally(() => fresh.end());
      } finally {
        await conn.end().catch(() => undefined);
      }
    },
  };
}
