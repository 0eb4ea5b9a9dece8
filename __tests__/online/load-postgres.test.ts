/**
 * Under live load on the real PostgreSQL: writers (the old code) insert, update and read by the old column
 * names while each online migration of the catalogue is applied through dbmate to ROWS books: no writer
 * statement waits 500 ms or fails. Every kind's offline form is applied under the same writers beside it and
 * checked against what it is said to do (offline.ts: old code fails, writers wait, or no long lock here).
 * In the suite: a few thousand rows, a few kinds online and every kind offline; `npm run bench` with
 * BENCH_ONLINE=1: every kind both ways on 200,000 rows (one line a kind, both printed).
 */
import pg from 'pg';
import { describeEachEngine, openEngine, type EngineId } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { SEED } from '../change-cases.js';
import { ONLINE_CASES, dbmate, onlineProject, runCase, runContract } from './project.js';
import { newCode } from './new-code.js';
import { BIG, FULL, ROWS, dbmateAsync, populate, underLoad, type Load } from './load.js';
import { checkOffline, line, record } from './offline.js';

/** A few kinds (an index, a backfilled NOT NULL, a rename and a type change by expand) in the suite; every kind in the bench. */
const KINDS = FULL ? ONLINE_CASES : ['addIndex', 'setNotNullBackfill', 'renameColumn', 'intToBigint'];

async function measure(db: EngineId, safety: 'online' | 'offline', name: string): Promise<Load & { error?: unknown; contract?: Load & { error?: unknown } }> {
  const p = onlineProject(db, safety, 'dbmate', `load-${safety}-${name}`);
  const e = await openEngine(db);
  const clients: pg.Client[] = [];
  try {
    const url = `${databaseUrl(db, e.name, p.dir)}?sslmode=disable`;
    dbmate(p.dir, url, 'up');
    await e.exec(SEED.split('\n')[0]);
    for (const sql of populate(false)) await e.exec(sql);
    await e.exec('ANALYZE;');
    const { change } = runCase(p, name, false); // the expand: old code still runs (the contract comes once it is gone)
    for (let i = 0; i < 2; i++) {
      const c = new pg.Client({ host: '127.0.0.1', port: Number(process.env.DBS_PG_PORT ?? 5432), user: 'postgres', database: e.name });
      await c.connect();
      clients.push(c);
    }
    const opts = safety === 'online' ? '-c lock_timeout=2s -c statement_timeout=60s' : '';
    const runs = clients.map((c) => (sql: string) => c.query(sql));
    const migrate = () => dbmateAsync(p.dir, opts ? `${url}&options=${encodeURIComponent(opts)}` : url, 'migrate');
    const expand = await underLoad(runs, name, migrate);
    if (safety === 'offline' || !change.design.contract || expand.error) return expand;
    const done = runContract(p, change); // then the new code runs everywhere, and writes while the contract is applied
    return { ...expand, contract: await underLoad(runs, 'new', migrate, newCode(done.design.schema!)) };
  } finally {
    for (const c of clients) await c.end();
    await e.close();
  }
}

describeEachEngine(`online migrations under load (${ROWS} rows)`, (db) => {
  for (const name of ONLINE_CASES) {
    test(name, async () => {
      const off = await measure(db, 'offline', name);
      if (!KINDS.includes(name)) { // the suite: the offline form only
        console.log(line('postgres', name, undefined, off));
        return checkOffline('postgres', name, undefined, off);
      }
      const on = await measure(db, 'online', name);
      const c = on.contract;
      console.log(line('postgres', name, on, off, c ? `; contract (new code writing): ${c.statements}, longest ${c.maxMs.toFixed(0)} ms, ${c.failures.length} failed` : ''));
      record('postgres', name, on, off);
      checkOffline('postgres', name, on, off);
      expect(on.error).toBeUndefined();
      expect(on.failures).toEqual([]);
      if (BIG) expect(on.maxMs).toBeLessThan(500); // a timed limit: the bench's (BENCH_ONLINE=1), printed in the suite
      expect(on.statements).toBeGreaterThan(10);
      if (on.contract) {
        expect(on.contract.error).toBeUndefined();
        expect(on.contract.failures).toEqual([]);
        if (BIG) expect(on.contract.maxMs).toBeLessThan(500);
      }
    }, 300_000);
  }
}, ['postgres']);
