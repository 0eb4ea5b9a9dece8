/**
 * Issue 20: the volume tier's rows per table (`--rows customers=2000,Order=9000`): the named tables get
 * their count (table or entity names), the rest are scaled from the rich tier; through the bin with
 * --apply into a SQLite file the counts are those; a bad piece or an unknown table is one line, exit 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';
import { ROOT, renderExample } from './support/golden.js';
import { planVolume } from '../src/seed/volume-plan.js';
import { seedFiles } from '../src/seed/index.js';

const SHOP = join(ROOT, 'examples', 'shop.json');
let pkg = '';
beforeAll(() => { pkg = packageCopy(); }, 300_000);

test('planVolume: named tables as given, the others scaled from the rich tier (every table at least one row)', () => {
  const { design } = renderExample('shop', 'postgres');
  const p = planVolume(design.schema!, { customers: 2000, Order: 9000 });
  expect([p.counts.get('customers'), p.counts.get('orders')]).toEqual([2000, 9000]);
  for (const t of design.schema!.tables) expect(p.counts.get(t.name)).toBeGreaterThan(100);
  expect(p.total).toBe([...p.counts.values()].reduce((a, b) => a + b, 0));
  const body = seedFiles(design, 'volume', { customers: 2000, Order: 9000 }).files[0].body;
  expect(body).toContain('-- customers: rows 1–2000 of 2000');
  expect(body).toContain('-- orders: rows 1–9000 of 9000');
  expect(seedFiles(design, 'volume', { customers: 2000, Order: 9000 }).seed.rows).toBe(p.total);
});

test('db-seed --rows per table --apply into a SQLite file: those counts loaded; refusals are one line', async () => {
  const dest = tempDir('rows-table');
  expect(runBin(pkg, ['db-schema', '--', '--spec', SHOP, '--db', 'sqlite'], dest).status).toBe(0);
  const SQL = await initSqlJs();
  const file = join(dest, 'app.db');
  const db = new SQL.Database();
  db.exec(readFileSync(join(dest, 'db', 'schema.sql'), 'utf8'));
  writeFileSync(file, db.export());
  db.close();
  const r = runBin(pkg, ['db-seed', '--', '--seed', 'volume', '--rows', 'customers=2000,Order=9000', '--apply', 'sqlite:app.db'], dest);
  expect([r.status, r.err]).toEqual([0, []]);
  expect(r.out.filter((l) => /^seed: (customers rows 1–2000 of 2000|orders rows 1–9000 of 9000) loaded \(\d+\.\d s\)$/.test(l))).toHaveLength(2);
  const header = /^-- Rows: (.*)$/m.exec(readFileSync(join(dest, 'db', 'seed.sql'), 'utf8'))![1];
  const loaded = new SQL.Database(readFileSync(file));
  const counts = header.split(', ').map((p) => p.split(' ')[0])
    .map((t) => `${t} ${loaded.exec(`SELECT COUNT(*) FROM "${t}"`)[0].values[0][0]}`).join(', ');
  expect(loaded.exec('PRAGMA foreign_key_check')).toEqual([]);
  loaded.close();
  expect(counts).toBe(header);
  expect(header).toMatch(/^customers 2000, .*orders 9000/);
  const refused = (rows: string, line: RegExp) => {
    const x = runBin(pkg, ['db-seed', '--', '--seed', 'volume', '--rows', rows], dest);
    expect([x.status, x.out, x.err.length]).toEqual([1, [], 1]);
    expect(x.err[0]).toMatch(line);
  };
  refused('custmers=5', /^\[ERROR\] seed: --rows custmers=5: no table 'custmers' in the design \(tables: customers, profiles/);
  refused('customers=0', /^\[ERROR\] seed: --rows customers=0: 'customers=0' is not allowed \(a total, or table=rows pieces/);
  refused('orders=5,orders=6', /^\[ERROR\] seed: --rows orders=5,orders=6: the table 'orders' is given twice; keep one$/);
}, 120_000);
