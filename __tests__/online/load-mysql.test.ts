/**
 * Under live load on the real MariaDB: writers (the old code) insert, update and read while each online
 * migration whose ALTERs carry ALGORITHM=INPLACE, LOCK=NONE is applied through dbmate to ROWS books: no
 * writer statement waits 500 ms or fails; after a contract, its down (the new code writing) and the expand's down (the
 * old code writing) neither, every row and write kept. A change InnoDB can only copy for (NOT NULL with a backfill in one UPDATE:
 * its online form is the printed gh-ost / pt-online-schema-change line) makes writers wait as written (measured). The suite
 * runs a few thousand rows; `npm run bench` with BENCH_ONLINE=1 every kind on 200,000.
 */
import mysql from 'mysql2/promise';
import { describeEachEngine, openEngine } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { SEED } from '../change-cases.js';
import { dbmate, onlineProject, runCase, runContract } from './project.js';
import { newCode } from './new-code.js';
import { kept } from './kept.js';
import { BIG, FULL, ROWS, dbmateAsync, later, populate, statement, underLoad } from './load.js';

/** The catalogue's kinds whose MariaDB online form is ALGORITHM=INPLACE, LOCK=NONE throughout and that old code survives:
 *  an expand (a rename, a type change: the new column, its triggers, the batched copy) runs while the old code writes,
 *  its contract while the new code does (new-code.ts). */
const KINDS = FULL ? ['dropNotNull', 'dropDefault', 'setDefault', 'dropIndex', 'dropUnique', 'fkCompositeIndex', 'fkIndexNotLeading', 'dropColumn',
  'renameColumn', 'textToString', 'retypeBackfill', 'intToBigint']
  : ['dropIndex', 'dropColumn', 'renameColumn', 'intToBigint']; // the suite: a few; `npm run bench` with BENCH_ONLINE=1: all, on 200,000 rows

/** The contracts applied while the new code writes, every write of it kept (kept.ts): a rename's lets the old
 *  column take NULL before its triggers go (the new code's inserts leave it out), a type change's swaps the shadow
 *  in with writes held for the instant steps only (its writes reach the shadow until the swap). */
const CONTRACT = ['dropDefault', 'dropColumn', 'renameColumn', 'intToBigint', 'textToString', 'retypeBackfill'];

/** Offline beside online on the bench's big table: a type change is a MODIFY COLUMN that copies it, writes waiting. */
const OFFLINE = ['intToBigint'];

async function measure(safety: 'online' | 'offline', name: string) {
  const p = onlineProject('mysql', safety, 'dbmate', `myload-${safety}-${name}`);
  const e = await openEngine('mysql');
  const conns: mysql.Connection[] = [];
  try {
    const url = databaseUrl('mysql', e.name, p.dir);
    dbmate(p.dir, url, 'up');
    await e.exec(SEED.split('\n')[0]);
    for (const sql of populate(true)) await e.exec(sql);
    const { change } = runCase(p, name, false);
    for (let i = 0; i < 2; i++) {
      conns.push(await mysql.createConnection({ host: '127.0.0.1', port: Number(process.env.DBS_MYSQL_PORT ?? 3306), user: 'root', database: e.name }));
    }
    const [runs, migrate] = [conns.map((c) => (sql: string) => c.query(sql)), () => dbmateAsync(p.dir, url, 'migrate')];
    const expand = await underLoad(runs, name, migrate); // the old code writes
    const done = safety === 'online' && CONTRACT.includes(name) && !expand.error ? runContract(p, change) : undefined;
    const up = [change, done].flatMap((r) => r?.files ?? []).filter((f) => f.path.startsWith('db/migrations/')).map((f) => f.body).join('\n');
    if (!done) return { ...expand, up, contract: undefined, kept: undefined, down: undefined, expandDown: undefined, keptDown: undefined };
    const tally = await kept(runs, (sql) => conns[0].query(sql), done.design.schema!);
    const contract = await underLoad(tally.runs, 'new', migrate, newCode(done.design.schema!));
    const kept1 = await tally.check();
    const rollback = () => dbmateAsync(p.dir, url, 'rollback');
    // the contract's down while the new code still writes, then the expand's downs while the old code (back) does
    const down = await underLoad(tally.runs, 'down', rollback, later(newCode(done.design.schema!), 500_000));
    const phases = change.design.migrations.length - p.design.migrations.length;
    const expandDown = await underLoad(tally.runs, 'back', async () => { for (let i = 0; i < phases; i++) await rollback(); },
      later(statement, 1_000_000));
    return { ...expand, up, contract, kept: kept1, down, expandDown, keptDown: await tally.check() };
  } finally {
    for (const c of conns) await c.end();
    await e.close();
  }
}

describeEachEngine(`MariaDB online migrations under load (${ROWS} rows)`, () => {
  for (const name of KINDS) {
    test(name, async () => {
      const on = await measure('online', name);
      const off = BIG && OFFLINE.includes(name) ? await measure('offline', name) : undefined;
      console.log(`${name}: online: ${on.statements} writer statements, longest ${on.maxMs.toFixed(0)} ms, ${on.failures.length} failed` +
        (on.contract ? `; contract (new code writing): ${on.contract.statements}, longest ${on.contract.maxMs.toFixed(0)} ms, ${on.contract.failures.length} failed` : '') +
        (on.down ? `; contract's down (new code writing): ${on.down.statements}, longest ${on.down.maxMs.toFixed(0)} ms, ${on.down.failures.length} failed` +
          `; expand's down (old code writing): longest ${on.expandDown!.maxMs.toFixed(0)} ms, ${on.expandDown!.failures.length} failed` : '') +
        (off ? `; offline: longest ${off.maxMs.toFixed(0)} ms, ${off.failures.length} failed` : ''));
      if (off) expect(off.maxMs).toBeGreaterThan(on.maxMs);
      expect(on.up).toMatch(/ALGORITHM=INPLACE, LOCK=NONE;/);
      expect(on.up).not.toMatch(/ONLINE: .* copies the table/);
      expect(on.error).toBeUndefined();
      expect(on.failures).toEqual([]);
      expect(on.maxMs).toBeLessThan(500);
      expect(on.statements).toBeGreaterThan(10);
      if (CONTRACT.includes(name)) expect(on.contract).toBeDefined();
      for (const x of on.contract ? [on.contract, on.down!, on.expandDown!] : []) {
        expect(x.error).toBeUndefined();
        expect(x.failures).toEqual([]);
        expect(x.maxMs).toBeLessThan(500);
        expect(x.statements).toBeGreaterThan(10);
      }
      for (const k of on.contract ? [on.kept!, on.keptDown!] : []) { // every row and every write kept, the downs' too
        expect(k.now).toEqual(k.want);
        expect(k.updated).toBeGreaterThan(0);
      }
    }, 300_000);
  }
  test('setNotNullBackfill copies the table: the online form says so, the migration as written makes writers wait', async () => {
    const on = await measure('online', 'setNotNullBackfill');
    console.log(`setNotNullBackfill (MODIFY COLUMN, a copy): ${on.statements} writer statements, longest ${on.maxMs.toFixed(0)} ms, ${on.failures.length} failed`);
    expect(on.up).toMatch(/-- ONLINE: books: MODIFY COLUMN subtitle copies the table \(writes wait\); instead: .*gh-ost --database=<database> --table=books --alter='MODIFY COLUMN `subtitle` TEXT NOT NULL' --execute, or pt-online-schema-change/);
    if (BIG) expect(on.maxMs).toBeGreaterThan(500); // a copy of a few thousand rows is quick: measured on the bench's 200,000
  }, 300_000);
}, ['mysql']);
