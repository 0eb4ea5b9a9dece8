/**
 * Issue 20: `db-seed -- --seed volume --rows N --apply URL` through the built bin, into a scratch database
 * on the real PostgreSQL and MariaDB and a SQLite file: a line per batch, the counts the file's header says,
 * a batch that fails names itself and keeps the batches before it, a run after the fix completes, a
 * second run adds nothing; refusals are one line, exit 1, the password never printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { describeEachEngine, openEngine, type EngineId } from './support/engines.js';
import { packageCopy } from './support/build.js';
import { runBin, type Run } from './support/bin-run.js';
import { databaseUrl } from './support/project.js';
import { tempDir } from './support/temp.js';
import { ROOT } from './support/golden.js';

const SHOP = join(ROOT, 'examples', 'shop.json');
const SECRET = 'hunter2';
let pkg = '';
beforeAll(() => { pkg = packageCopy(); }, 300_000);

function project(db: EngineId, tag: string): string {
  const dest = tempDir(`apply-${tag}`);
  expect(runBin(pkg, ['db-schema', '--', '--spec', SHOP, '--db', db], dest).status).toBe(0);
  return dest;
}
const seed = (dest: string, apply: string[], env?: Record<string, string>) =>
  runBin(pkg, ['db-seed', '--', '--seed', 'volume', '--rows', '5000', ...apply], dest, env);
/** The counts db/seed.sql says it holds (`-- Rows: customers 635, …`). */
const planned = (dest: string) => Object.fromEntries(/^-- Rows: (.*)$/m.exec(readFileSync(join(dest, 'db', 'seed.sql'), 'utf8'))![1]
  .split(', ').map((p) => p.split(' ')).map(([t, n]) => [t, Number(n)]));
const progress = (r: Run) => r.out.filter((l) => /^seed: \w+ rows \d+–\d+ of \d+ loaded \(\d+\.\d s\)$/.test(l));
const noSecret = (r: Run) => expect([...r.out, ...r.err].filter((l) => l.includes(SECRET))).toEqual([]);

interface Target { url: string; exec(sql: string): Promise<void>; count(t: string): Promise<number>; close(): Promise<void> }

/** A scratch database with the project's schema: the engine's (PostgreSQL, MariaDB) or a SQLite file. */
async function target(db: EngineId, dest: string): Promise<Target> {
  const schema = readFileSync(join(dest, 'db', 'schema.sql'), 'utf8');
  if (db === 'sqlite') {
    const SQL = await initSqlJs();
    const file = join(dest, 'app.db');
    const onFile = (fn: (d: InstanceType<typeof SQL.Database>) => unknown) => {
      const d = new SQL.Database(readFileSync(file));
      const r = fn(d);
      writeFileSync(file, d.export());
      d.close();
      return r;
    };
    writeFileSync(file, new SQL.Database().export());
    onFile((d) => d.exec(schema));
    return { url: databaseUrl(db, undefined, dest), exec: async (s) => void onFile((d) => d.exec(s)),
      count: async (t) => Number(onFile((d) => d.exec(`SELECT COUNT(*) FROM "${t}"`)[0].values[0][0])), close: async () => undefined };
  }
  const e = await openEngine(db);
  await e.exec(schema);
  const q = db === 'mysql' ? (t: string) => `\`${t}\`` : (t: string) => `"${t}"`;
  const url = databaseUrl(db, e.name, dest).replace('postgres@', `postgres:${SECRET}@`); // trust: any password
  return { url, exec: (s) => e.exec(s), close: () => e.close(),
    count: async (t) => Number(Object.values((await e.query(`SELECT COUNT(*) AS n FROM ${q(t)}`))[0])[0]) };
}

describeEachEngine('db-seed --apply', (db) => {
  test('a line per batch, the planned counts; a failing batch keeps the earlier ones; a re-run completes, again adds nothing', async () => {
    const dest = project(db, db);
    const t = await target(db, dest);
    try {
      const counts = async () => Object.fromEntries(await Promise.all(Object.keys(planned(dest)).map(async (k) => [k, await t.count(k)])));
      // orders (the fifth table) refuses every row: the four tables before it load, then one line
      await t.exec(db === 'sqlite' ? "CREATE TRIGGER no_orders BEFORE INSERT ON orders BEGIN SELECT RAISE(ABORT, 'no orders'); END;"
        : 'ALTER TABLE orders ADD CONSTRAINT no_orders CHECK (total_amount < 0);');
      const bad = seed(dest, ['--apply', t.url]);
      expect(bad.status).toBe(1);
      const want = planned(dest);
      expect(progress(bad).map((l) => l.split(' ')[1])).toEqual(['customers', 'profiles', 'categories', 'products']);
      expect(bad.err).toHaveLength(1);
      expect(bad.err[0]).toMatch(new RegExp(`^\\[ERROR\\] seed: orders rows 1–${want.orders} of ${want.orders} failed in \\S+: .+ `
        + '\\(the 4 batches before it stay loaded; db/seed.sql is idempotent: run --apply again once fixed\\)$'));
      noSecret(bad);
      expect(await counts()).toEqual({ ...want, orders: 0, order_items: 0 });
      await t.exec(db === 'sqlite' ? 'DROP TRIGGER no_orders;' : 'ALTER TABLE orders DROP CONSTRAINT no_orders;');
      const ok = seed(dest, ['--apply', t.url]);
      expect([ok.status, ok.err]).toEqual([0, []]);
      const marks = [...readFileSync(join(dest, 'db', 'seed.sql'), 'utf8').matchAll(/^-- (\w+): rows (\d+–\d+ of \d+)$/gm)];
      expect(progress(ok).map((l) => l.replace(/ loaded \(.*$/, ''))).toEqual(marks.map((m) => `seed: ${m[1]} rows ${m[2]}`));
      expect(ok.out[ok.out.length - 1]).toMatch(/^seed: volume seed loaded into \S+: 6 batches \(\d+\.\d s\)$/);
      noSecret(ok);
      expect(await counts()).toEqual(want);

      if (db === 'sqlite') {
        expect(seed(dest, ['--apply', 'sqlite:missing.db']).err)
          .toEqual(['[ERROR] seed: --apply sqlite:missing.db: no such database file (create it with the migrations first)']);
      }
      const again = seed(dest, ['--apply', t.url]);
      expect([again.status, progress(again).length]).toEqual([0, 6]);
      expect(await counts()).toEqual(want);
    } finally {
      await t.close();
    }
  }, 240_000);
});

test('--apply refusals: one line, exit 1, the password never printed; --apply alone reads DATABASE_URL; --help lists it', () => {
  const dest = project('postgres', 'refuse');
  const refused = (apply: string[], line: RegExp, env?: Record<string, string>) => {
    const r = seed(dest, apply, env);
    expect([r.status, r.err.length]).toEqual([1, 1]);
    expect(r.err[0]).toMatch(line);
    noSecret(r);
    return r;
  };
  const before = refused(['--apply', `ftp://u:${SECRET}@h/x`], /^\[ERROR\] seed: --apply ftp:\/\/u:\*\*\*@h\/x: unknown scheme 'ftp'/);
  expect(before.out).toEqual([]); // refused before anything is written
  refused(['--apply', `mysql://u:${SECRET}@127.0.0.1/x`], /is a MySQL\/MariaDB database; db\/seed\.sql is written for PostgreSQL/);
  refused(['--apply'], /^\[ERROR\] seed: --apply needs a URL .*DATABASE_URL/, { DATABASE_URL: '' });
  const unreachable = /^\[ERROR\] seed: --apply: cannot open postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x: .*ECONNREFUSED.* \(db\/seed\.sql is written/;
  const down = refused(['--apply'], unreachable, { DATABASE_URL: `postgres://u:${SECRET}@127.0.0.1:1/x` });
  expect(down.out).toContain('written   db/seed.sql');
  const help = runBin(pkg, ['db-seed', '--help'], dest);
  expect(help.out.filter((l) => /^ {2}apply +URL, or alone for DATABASE_URL/.test(l))).toHaveLength(1);
}, 120_000);
