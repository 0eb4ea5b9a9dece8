/**
 * Issue 16, `default(expr(…))` in an engine's own SQL: outside the shared language the expression is checked at
 * design time by running it (io/expr-check.ts) — on PGlite for PostgreSQL, sql.js for SQLite, a scratch database on
 * the MariaDB of DATABASE_URL — then applied up → down → up on the real engines (and PGlite) with a row reading the
 * default; a bad one is refused in one line naming Entity.field, the engine's error and what is allowed.
 */
import { describeEachEngine, useEngine } from '../support/engines.js';
import { emptyCatalog, renderDesign, roundTrip } from '../support/schema-run.js';
import { isUserError } from '../../src/base/errors.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { planChecked } from '../../src/io/expr-check.js';
import { takePending } from '../../src/model/engine-expr.js';
import { freshPGlite } from '../../src/dialects/postgres/pglite-cache.js';

const MARIADB = 'mysql://root@127.0.0.1:3306/mysql';
/** Per engine: a datetime a week from now in the engine's own SQL, and one the engine refuses. */
const CASES: Record<DialectId, [string, string, RegExp]> = {
  postgres: ["now() + interval '7 days'", "now() + interval '7 dayz'", /^Plan\.ends_at: default\(expr\(now\(\) \+ interval '7 dayz'\)\) fails on PostgreSQL \(PGlite\): 22007: invalid input syntax for type interval: "7 dayz"; allowed: one expression PostgreSQL runs as the default of datetime NOT NULL, or the shared forms/],
  mysql: ['date_add(now(), interval 7 day)', 'date_add(now(), interval 7 dayz)', /^Plan\.ends_at: default\(expr\(date_add\(now\(\), interval 7 dayz\)\)\) fails on MySQL\/MariaDB: ER_PARSE_ERROR: You have an error in your SQL syntax.*; allowed: one expression MySQL\/MariaDB runs as the default of datetime NOT NULL, or the shared forms/],
  sqlite: ["datetime('now', '+7 days')", 'nosuchfn(7)', /^Plan\.ends_at: default\(expr\(nosuchfn\(7\)\)\) fails on SQLite \(sql\.js\): no such function: nosuchfn; allowed: one expression SQLite runs as the default of datetime NOT NULL, or the shared forms/],
};
const plan = (expr: string) => `Plan: name:string(40), ends_at:datetime:default(expr(${expr}))`;
const checked = (db: DialectId, expr: string) => planChecked('.', () => renderDesign(db, plan(expr)));

async function userErrorAsync(fn: () => Promise<unknown>): Promise<string> {
  try { await fn(); } catch (e) { if (isUserError(e)) return e.message; throw e; }
  throw new Error('expected a refusal');
}

let url: string | undefined;
beforeAll(() => { url = process.env.DATABASE_URL; process.env.DATABASE_URL = MARIADB; });
afterAll(() => { if (url === undefined) delete process.env.DATABASE_URL; else process.env.DATABASE_URL = url; });

test.each([
  ['1; DROP TABLE plans; --', "has ';' (one expression, not statements)"],
  ['1) , evil int DEFAULT (2', 'closes a parenthesis it did not open'],
  ["now() /* x */", "has '/*' (no comments)"],
  ["'a' || $$b$$", "has '$' (no dollar quoting or parameters)"],
  ["now() + interval '7 days", "has a ' that is not closed"],
])('the text guard refuses %s before any engine sees it', async (expr, why) => {
  await expect(checked('postgres', expr)).rejects.toThrow(`field 'ends_at': default(expr(${expr})) ${why}; allowed: the shared forms`);
});

test('MySQL/MariaDB without DATABASE_URL: one line with the alternatives', async () => {
  delete process.env.DATABASE_URL;
  const why = await userErrorAsync(() => checked('mysql', 'date_add(now(), interval 8 day)')).finally(() => { process.env.DATABASE_URL = MARIADB; });
  expect(why).toBe('Plan.ends_at: default(expr(date_add(now(), interval 8 day))) is MySQL/MariaDB SQL, which is checked by running it on a '
    + 'server, and no DATABASE_URL is set; give DATABASE_URL (mysql://<user>@<host>:3306/<database>; a scratch database is made '
    + "there and dropped), or use the shared forms (numbers, 'text', + - * / %, length lower upper trim abs coalesce)");
});

test("a function of the app's own (Mastodon's timestamp_id) is refused: the engine that runs it is empty", async () => {
  const why = await userErrorAsync(() => planChecked('.', () => renderDesign('postgres', "Account: seq:bigint:default(expr(timestamp_id('accounts')))")));
  expect(why).toMatch(/^Account\.seq: default\(expr\(timestamp_id\('accounts'\)\)\) fails on PostgreSQL \(PGlite\): 42883: function timestamp_id\(unknown\) does not exist; /);
});

test('the engine expression is written as given, and not run again once known', async () => {
  const r = await checked('sqlite', CASES.sqlite[0]);
  expect(r.schema).toContain(`"ends_at" DATETIME NOT NULL DEFAULT (datetime('now', '+7 days'))`);
  takePending();
  expect(renderDesign('sqlite', plan(CASES.sqlite[0])).schema).toBe(r.schema);
  expect(takePending()).toEqual([]); // known: nothing left to run
  renderDesign('sqlite', plan("datetime('now', '+8 days')"));
  expect(takePending().map((x) => [x.where, x.expr])).toEqual([['Plan.ends_at', "datetime('now', '+8 days')"]]);
});

test('the ORM files carry the engine expression as the DDL writes it', async () => {
  const text = async (orm: string) => Object.values((await planChecked('.', () => renderDesign('postgres', plan(CASES.postgres[0]), [],
    { orm: orm as never, style: 'code-first', runner: orm === 'drizzle' ? 'binary' : 'existing' }))).files).join('\n');
  expect(await text('prisma')).toContain(`endsAt DateTime @default(dbgenerated("(now() + interval '7 days')")) @map("ends_at")`);
  expect(await text('drizzle')).toContain(".default(sql`(now() + interval '7 days')`)");
  expect(await text('sqlalchemy')).toContain(`server_default=sa.text("(now() + interval '7 days')")`);
});

test('several expressions of one design: each run, the bad one named', async () => {
  const two = "Plan: a:datetime:default(expr(datetime('now', '+1 day'))), b:integer:default(expr(nosuchfn(2))), c:integer:default(expr(random() % 5))";
  expect(await userErrorAsync(() => planChecked('.', () => renderDesign('sqlite', two))))
    .toMatch(/^Plan\.b: default\(expr\(nosuchfn\(2\)\)\) fails on SQLite \(sql\.js\): no such function: nosuchfn; /);
});

test('PGlite: the design applied up → down → up, a row reads the default a week ahead', async () => {
  const r = await checked('postgres', CASES.postgres[0]);
  const db = await freshPGlite();
  try {
    for (const sql of [r.up, r.down, r.up]) await db.exec(sql);
    await db.exec("INSERT INTO plans (name) VALUES ('basic')");
    const rows = (await db.query('SELECT (ends_at - now()) > interval \'6 days\' AS ok FROM plans')) as { rows: { ok: boolean }[] };
    expect(rows.rows).toEqual([{ ok: true }]);
  } finally { await db.close(); }
});

describeEachEngine('an engine expression default on the engines', (id) => {
  const db = id as DialectId;
  const engine = useEngine(id);

  test('a bad one is refused by its engine in one line', async () => {
    expect(await userErrorAsync(() => checked(db, CASES[db][1]))).toMatch(CASES[db][2]);
  });

  test('a good one: up → down → up, a row written without it reads a datetime about a week ahead', async () => {
    const e = engine();
    const r = await checked(db, CASES[db][0]);
    const run = await roundTrip(e, r);
    try {
      expect([run.afterDown, run.second]).toEqual([emptyCatalog(db), run.first]);
      await e.exec("INSERT INTO plans (name) VALUES ('basic');");
      const [row] = await e.query<{ ends_at: unknown }>("SELECT ends_at FROM plans WHERE name = 'basic'");
      const ahead = (new Date(String(row.ends_at instanceof Date ? row.ends_at.toISOString() : `${row.ends_at}Z`.replace(' ', 'T'))).getTime() - Date.now()) / 86_400_000;
      expect(ahead).toBeGreaterThan(6);
      expect(ahead).toBeLessThan(8);
    } finally { await e.exec(r.down); }
  });
});
