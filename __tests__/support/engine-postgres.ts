/** PostgreSQL engine: a scratch database per open, simple-query exec, dropped WITH (FORCE) on close. */
import pg from 'pg';
import { postgresCatalog } from './catalog-postgres.js';
import { sweeper } from './scratch-sweep.js';
import { scratchName, type Engine } from './types.js';

/** DBS_PG_PORT overrides the port (e.g. to check the CI rule against a closed port). */
const BASE = {
  host: '127.0.0.1', port: Number(process.env.DBS_PG_PORT ?? 5432), user: 'postgres', connectionTimeoutMillis: 3000,
};

async function connect(database: string): Promise<pg.Client> {
  const client = new pg.Client({ ...BASE, database });
  client.on('error', () => undefined); // a dropped connection must not crash the test process
  await client.connect();
  return client;
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const admin = await connect('postgres');
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CREATE DATABASE fails (55006) while another session sits in template1: retry briefly. */
async function createDatabase(name: string): Promise<void> {
  await withAdmin(async (admin) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
        return;
      } catch (e) {
        if ((e as { code?: string }).code !== '55006' || attempt >= 20) throw e;
        await sleep(100 + Math.random() * 200);
      }
    }
  });
}

export async function postgresAvailable(): Promise<boolean> {
  try {
    await withAdmin((c) => c.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

/** Drops scratch databases of test processes that died before close(). */
const sweep = sweeper(
  () => withAdmin(async (a) => (await a.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'dbs%'")).rows.map((r) => r.datname)),
  (name) => withAdmin((a) => a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
);

export async function openPostgres(): Promise<Engine> {
  await sweep();
  const name = scratchName();
  await createDatabase(name);
  let client: pg.Client;
  try {
    client = await connect(name);
  } catch (e) {
    await withAdmin((a) => a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    throw e;
  }
  const query = async <T>(sql: string): Promise<T[]> => {
    const res = (await client.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
    const last = Array.isArray(res) ? res[res.length - 1] : res;
    return (last?.rows ?? []) as T[];
  };
  let closed = false;
  return {
    id: 'postgres',
    name,
    async exec(sql) {
      // a file that fails inside its BEGIN leaves the session aborted; psql would end it: roll back, as a new session
      await client.query(sql).catch(async (e: unknown) => { await client.query('ROLLBACK').catch(() => undefined); throw e; });
    },
    query,
    catalog: () => postgresCatalog(query),
    async close() {
      if (closed) return;
      closed = true;
      await client.end().catch(() => undefined);
      await withAdmin((a) => a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
