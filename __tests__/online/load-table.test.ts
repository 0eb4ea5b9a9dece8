/**
 * A lone table rename (covers → book_covers) under live load on the real PostgreSQL and MariaDB: while the expand
 * (the view under the new name) is applied through dbmate, writers of the old code insert, update and read covers;
 * while the contract (the view swapped out, the table and its keys renamed) is applied, writers of the new code do
 * the same through book_covers, which is the view when they start and the table when they end. No writer
 * statement waits 500 ms or fails. The suite: a few thousand rows; `npm run bench` (BENCH_ONLINE=1): 200,000 books.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { describeEachEngine, openEngine, type EngineId } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { SEED } from '../change-cases.js';
import { dbmate, onlineProject, runCase, runContract } from './project.js';
import { BIG, ROWS, coverStatement, dbmateAsync, populate, populateCovers, underLoad, type Load } from './load.js';

type Run = (sql: string) => Promise<unknown>;

async function connect(db: EngineId, database: string): Promise<{ run: Run; end: () => Promise<void> }> {
  if (db === 'mysql') {
    const c = await mysql.createConnection({ host: '127.0.0.1', port: Number(process.env.DBS_MYSQL_PORT ?? 3306), user: 'root', database });
    return { run: (sql) => c.query(sql), end: () => c.end() };
  }
  const c = new pg.Client({ host: '127.0.0.1', port: Number(process.env.DBS_PG_PORT ?? 5432), user: 'postgres', database });
  await c.connect();
  return { run: (sql) => c.query(sql), end: () => c.end() };
}

const line = (what: string, l: Load) => `${what}: ${l.statements} writer statements, longest ${l.maxMs.toFixed(0)} ms, ${l.failures.length} failed`;

describeEachEngine(`a table rename online under load (${ROWS} rows)`, (db) => {
  test('expand under the old code, contract under the new code', async () => {
    const p = onlineProject(db, 'online', 'dbmate', `tload-${db}`);
    const e = await openEngine(db);
    const conns: { run: Run; end: () => Promise<void> }[] = [];
    try {
      const url = databaseUrl(db, e.name, p.dir) + (db === 'postgres' ? '?sslmode=disable' : '');
      dbmate(p.dir, url, 'up');
      await e.exec(SEED.split('\n')[0]);
      for (const sql of [...populate(db === 'mysql'), populateCovers(db === 'mysql')]) await e.exec(sql);
      const { change } = runCase(p, 'tableDirective', false);
      for (let i = 0; i < 2; i++) conns.push(await connect(db, e.name));
      const runs = conns.map((c) => c.run);
      const expand = await underLoad(runs, 'old', () => dbmateAsync(p.dir, url, 'migrate'), coverStatement('covers'));
      runContract(p, change);
      const contract = await underLoad(runs, 'new', () => dbmateAsync(p.dir, url, 'migrate'), coverStatement('book_covers', expand.statements));
      console.log(`tableDirective (${db}, ${ROWS} books): ${line('expand', expand)}; ${line('contract', contract)}`);
      for (const l of [expand, contract]) {
        expect(l.error).toBeUndefined();
        expect(l.failures).toEqual([]);
        if (BIG) expect(l.maxMs).toBeLessThan(500); // a timed limit: the bench's (BENCH_ONLINE=1)
        expect(l.statements).toBeGreaterThan(10);
      }
      const [{ n }] = await e.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM book_covers');
      expect(Number(n)).toBeGreaterThan(Math.floor(ROWS / 2)); // every cover kept, the writers' inserts too
    } finally {
      for (const c of conns) await c.end();
      await e.close();
    }
  }, 300_000);
}, ['postgres', 'mysql']);
