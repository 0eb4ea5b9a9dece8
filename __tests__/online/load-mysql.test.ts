/**
 * Under live load on the real MariaDB: writers (the old code) insert, update and read while each online
 * migration whose ALTERs carry ALGORITHM=INPLACE, LOCK=NONE is applied through dbmate to ROWS books: no
 * writer statement waits 500 ms or fails; after a contract, its down (the new code writing) and the expand's down (the
 * old code writing) neither, every row and write kept. A kind InnoDB can only copy for, or whose rename old code cannot
 * survive, has an online form that says so (`-- ONLINE: …` with gh-ost / pt-online-schema-change, or the deploy
 * order): measured and printed, not held to 500 ms. Every kind's offline form runs under the same writers beside
 * it, checked against what it is said to do (offline.ts). The suite: a few thousand rows, a few kinds online and
 * every kind offline, the waits printed (held to 500 ms in the bench only: a timed limit is the bench's);
 * `npm run bench` with BENCH_ONLINE=1: every kind both ways on 200,000 rows.
 */
import mysql from 'mysql2/promise';
import { describeEachEngine, openEngine } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { SEED } from '../change-cases.js';
import { ONLINE_CASES, dbmate, onlineProject, runCase, runContract } from './project.js';
import { newCode } from './new-code.js';
import { kept } from './kept.js';
import { BIG, FULL, ROWS, dbmateAsync, later, populate, statement, underLoad } from './load.js';
import { checkOffline, line, record } from './offline.js';

/** Online in the suite (a drop, a rename and a type change by expand, an index dropped; a NOT NULL with a backfill, its
 *  helper default taking the old code's inserts); `npm run bench` with BENCH_ONLINE=1: every kind. */
const KINDS = FULL ? ONLINE_CASES : ['dropIndex', 'dropColumn', 'renameColumn', 'intToBigint', 'setNotNullBackfill'];
/** An online form that says it cannot keep writes going or old code working (the printed alternative). */
const WARNED = /^-- ONLINE: .*(copies the table \(writes wait\); instead: .*gh-ost --database=<database> --table=|fail from then on)/m;

/** The contracts applied while the new code writes, every write of it kept (kept.ts): a rename's lets the old
 *  column take NULL before its triggers go (the new code's inserts leave it out), a type change's swaps the shadow
 *  in with writes held for the instant steps only (its writes reach the shadow until the swap). */
const CONTRACT = ['dropDefault', 'dropColumn', 'renameColumn', 'intToBigint', 'textToString', 'retypeBackfill', 'setNotNullBackfill',
  'addColumnBackfill']; // a NOT NULL with a backfill: its contract drops the helper default (mysql/online-notnull.ts)

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
  for (const name of ONLINE_CASES) {
    test(name, async () => {
      const off = await measure('offline', name);
      if (!KINDS.includes(name)) { // the suite: the offline form only
        console.log(line('mysql', name, undefined, off));
        return checkOffline('mysql', name, undefined, off);
      }
      const on = await measure('online', name);
      const [c, warned] = [on.contract, WARNED.test(on.up)];
      const note = warned ? '; the online form says it copies or breaks old code (-- ONLINE:)' : '';
      console.log(line('mysql', name, on, off, (c ? `; contract (new code writing): ${c.statements}, longest ${c.maxMs.toFixed(0)} ms, ${c.failures.length} failed` : '') +
        (on.down ? `; its down: longest ${on.down.maxMs.toFixed(0)} ms; the expand's down (old code): longest ${on.expandDown!.maxMs.toFixed(0)} ms` : '') + note));
      record('mysql', name, on, off, note && 'copies, or old code fails');
      // an online form that copies holds the same lock as the offline one: offline is then held to a wait, not to a longer one
      checkOffline('mysql', name, warned ? { ...on, maxMs: BIG ? 500 : 0 } : on, off);
      // a NOT NULL with a backfill: the old code's inserts (subtitle left out) take the helper default set before the backfill
      if (name === 'setNotNullBackfill') {
        expect(on.up).toMatch(/ALTER TABLE `books` ALTER COLUMN `subtitle` SET DEFAULT \('none'\),\n {2}ALGORITHM=INSTANT;[^]*CALL `dbs_backfill_books_subtitle`[^]*MODIFY COLUMN `subtitle` TEXT NOT NULL DEFAULT \('none'\),\n {2}ALGORITHM=INPLACE, LOCK=NONE;[^]*ALTER COLUMN `subtitle` DROP DEFAULT,\n {2}ALGORITHM=INSTANT;/);
        expect(warned).toBe(false);
      }
      expect(on.error).toBeUndefined(); // it applies: the writers wait behind its copy, or old code meets the rename it announced
      if (warned) return;
      if (/ALTER TABLE/.test(on.up)) expect(on.up).toMatch(/ALGORITHM=INPLACE, LOCK=NONE;/);
      expect(on.error).toBeUndefined();
      expect(on.failures).toEqual([]);
      if (BIG) expect(on.maxMs).toBeLessThan(500);
      expect(on.statements).toBeGreaterThan(10);
      if (CONTRACT.includes(name)) expect(on.contract).toBeDefined();
      for (const x of on.contract ? [on.contract, on.down!, on.expandDown!] : []) {
        expect(x.error).toBeUndefined();
        expect(x.failures).toEqual([]);
        if (BIG) expect(x.maxMs).toBeLessThan(500);
        expect(x.statements).toBeGreaterThan(10);
      }
      for (const k of on.contract ? [on.kept!, on.keptDown!] : []) { // every row and every write kept, the downs' too
        expect(k.now).toEqual(k.want);
        expect(k.updated).toBeGreaterThan(0);
      }
    }, 300_000);
  }
}, ['mysql']);
