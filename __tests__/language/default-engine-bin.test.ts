/**
 * Issue 16, `default(expr(…))` in an engine's own SQL through the two ways a user runs a generator: the bin and
 * plop. The expression is run on the design's engine before anything is written (planChecked): a good one lands in
 * the migration as given, a bad one is one [ERROR] line naming Entity.field and the engine's error, nothing written.
 */
import { mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageCopy } from '../support/build.js';
import { runBin, runPlop } from '../support/bin-run.js';
import { bodies, snapshot } from '../support/tree.js';
import { tempDir } from '../support/temp.js';
import { blogAt, run } from '../entity-cases.js';

const MARIADB = 'mysql://root@127.0.0.1:3306/mysql';
let pkg = '';
let work = '';
const BLOG = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'blog.json');
const fresh = (db: string) => {
  const dest = mkdtempSync(join(work, `${db}-`));
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG, '--db', db], dest).status).toBe(0);
  return dest;
};

beforeAll(() => {
  pkg = packageCopy();
  work = tempDir('expr-bin');
});

test.each([
  ['sqlite', "datetime('now', '+7 days')", "nosuchfn(7)", 'fails on SQLite (sql.js): no such function: nosuchfn; allowed: one expression'],
  ['postgres', "now() + interval '7 days'", "now() + interval '7 dayz'", 'fails on PostgreSQL (PGlite): 22007: invalid input syntax for type interval'],
])('%s: db-entity takes a good engine expression and refuses a bad one (bin and plop)', (db, good, bad, why) => {
  const dest = fresh(db);
  const before = snapshot(dest);
  const entities = (e: string) => ['db-entity', '--', '--entities', `Plan: name, ends_at:datetime:default(expr(${e}))`];
  const r = runBin(pkg, entities(bad), dest);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringContaining(`[ERROR] Plan.ends_at: default(expr(${bad})) ${why}`)]);
  expect(snapshot(dest)).toEqual(before);
  const p = runPlop(pkg, [...entities(bad), '--dest', dest]);
  expect(p.err.filter((l) => l.startsWith('[ERROR]'))).toEqual(r.err);
  expect(snapshot(dest)).toEqual(before);

  expect(runPlop(pkg, [...entities(good), '--dest', dest]).status).toBe(0);
  const added = Object.entries(bodies(snapshot(dest))).filter(([f]) => !(f in before) && /\.sql$/.test(f));
  expect(added.filter(([, body]) => body.includes(`DEFAULT (${good})`)).length).toBeGreaterThan(0);
  expect(runBin(pkg, ['db-field', '--', '--entities', 'Plan: note:optional'], dest)).toMatchObject({ status: 0, err: [] });
});

test('mysql: without DATABASE_URL one line with the ways; with it, run on a scratch database; later runs need none', () => {
  const dest = fresh('mysql');
  const before = snapshot(dest);
  const entities = ['db-entity', '--', '--entities', 'Plan: ends_at:datetime:default(expr(date_add(now(), interval 7 day)))'];
  const r = runBin(pkg, entities, dest, { DATABASE_URL: '' });
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(/^\[ERROR\] Plan\.ends_at: default\(expr\(date_add\(now\(\), interval 7 day\)\)\) is MySQL\/MariaDB SQL, .*no DATABASE_URL is set; give DATABASE_URL .*or use the shared forms/)]);
  expect(snapshot(dest)).toEqual(before);
  expect(runBin(pkg, entities, dest, { DATABASE_URL: MARIADB })).toMatchObject({ status: 0, err: [] });
  for (const later of [['db-field', '--', '--entities', 'Plan: note:optional'], ['db-seed', '--', '--seed', 'smoke']]) {
    expect(runBin(pkg, later, dest, { DATABASE_URL: '' })).toMatchObject({ status: 0, err: [] }); // the saved expression is not run again
  }
});

test('node-plop runActions (no prompts): the run itself checks the expression (runOnTarget), good written, bad refused', async () => {
  const dest = await blogAt('dbs-expr-actions-');
  const before = snapshot(dest);
  const err = await run(dest, 'db-entity', { entities: 'Plan: ends_at:datetime:default(expr(now() + interval 7))' })
    .then(() => undefined, (e: Error) => e);
  expect(err?.name).toBe('Error');
  expect(err?.message).toMatch(/^Plan\.ends_at: default\(expr\(now\(\) \+ interval 7\)\) fails on PostgreSQL \(PGlite\): /);
  expect(snapshot(dest)).toEqual(before);
  await run(dest, 'db-entity', { entities: "Plan: ends_at:datetime:default(expr(now() + interval '7 days'))" });
  const added = Object.entries(bodies(snapshot(dest))).filter(([f]) => !(f in before) && /\.sql$/.test(f));
  expect(added.filter(([, body]) => body.includes("DEFAULT (now() + interval '7 days')")).length).toBeGreaterThan(0);
}, 180_000); // two PGlite starts in jest's ESM realm: over 60 s on a loaded machine; a timed-out one runs into the next file
