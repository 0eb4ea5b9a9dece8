/**
 * kei-migrate wraps every file in a transaction (cmd_up.rs / cmd_down.rs), where SQLite ignores PRAGMA foreign_keys.
 * A rebuild of a table nothing references (covers: it references books, none references it) keeps foreign keys on and
 * applies there, up → down → up, every row kept; a rebuild of a referenced table (books) still stops at its guard,
 * changing nothing, and the report says so at write time with what to do instead.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine, useEngine } from '../support/engines.js';
import { clientInstalled } from '../support/sql-clients.js';
import { tempDir } from '../support/temp.js';
import { CASES, SEED, base, change, type Case } from '../change-cases.js';
import { buildInit, type InitAnswers } from '../../src/core/init.js';
import { rebuildTable } from '../../src/dialects/sqlite/rebuild.js';
import { CASES as ADDS, init as initOf, step } from '../entity-cases.js';

const UNIQUE_URL: Case = { lines: { Cover: 'Cover: url:unique' }, kinds: ['addUnique'] };
const design = base('sqlite');
const init = buildInit({ ...(design.answers as InitAnswers) }, undefined, tempDir('kr'), new Date('2026-03-04T05:06:07Z')).files
  .find((f) => /_init_schema\.sql$/.test(f.path))!.body;
const covers = change(design, UNIQUE_URL);
const books = change(design, CASES.intToBigint);
const wrap = (sql: string) => `BEGIN;\n${sql}\nCOMMIT;`;
const ROWS = 'SELECT id, url, book_id FROM covers ORDER BY id';

test('the unreferenced rebuild keeps foreign keys on: no PRAGMA, no guard, no header note', () => {
  for (const sql of [covers.up!, covers.down!]) expect(sql).not.toMatch(/foreign_keys = OFF|_db_scaffold_rebuild|^BEGIN;$/m);
  expect(covers.up).toMatch(/^-- Rebuild "covers" .*no table references it/m);
  expect(covers.report).not.toMatch(/cannot apply/);
  expect(books.up).toMatch(/^PRAGMA foreign_keys = OFF;$/m);
});

test('the referenced rebuild: one report line at write time, with the sqlite3 command, dbmate and a split', () => {
  const lines = books.report.split('\n').filter((l) => /kei-migrate cannot apply/.test(l));
  expect(lines).toHaveLength(1); // its up and its down both rebuild books: one line
  expect(lines[0]).toMatch(/^Note: +kei-migrate cannot apply migrations\/\d{14}_change_books\.sql and its down: it rebuilds a table other tables reference/);
  expect(lines[0]).toMatch(/`sqlite3 -bail "\$DB" < migrations\/\d{14}_change_books\.sql`.*runner existing with dbmate \(`-- migrate:up transaction:false` holds it.*split the change/);
  const dbmate = { ...design, answers: { ...design.answers, runner: 'existing' as const, existing: 'dbmate' as const } };
  expect(change(dbmate, CASES.intToBigint).report).not.toMatch(/cannot apply/);
});

test('db-field: a UNIQUE field on books (referenced by book_tags) is a rebuild, and the report says it in one line', () => {
  const r = step(initOf('sqlite').design, ADDS.fields).evolved.report.split('\n').filter((l) => /kei-migrate cannot apply/.test(l));
  expect(r).toEqual([expect.stringMatching(/^Note: +kei-migrate cannot apply migrations\/\d{14}_\w+\.sql and its down: .*runner existing with dbmate/)]);
});

describeEngine('sqlite', 'inside kei-migrate\'s transaction (sql.js)', (id) => {
  const engine = useEngine(id);
  test('covers rebuilt up → down → up with rows; books\' rebuild stops at its guard, nothing changed', async () => {
    await engine().exec('PRAGMA foreign_keys = ON;');
    await engine().exec(wrap(init));
    await engine().exec(wrap(SEED));
    const rows = await engine().query(ROWS);
    expect(rows).toHaveLength(2);
    for (const sql of [covers.up!, covers.down!, covers.up!]) await engine().exec(wrap(sql));
    expect(await engine().query(ROWS)).toEqual(rows);
    expect(await engine().query('SELECT COUNT(*) AS n FROM book_tags')).toEqual([{ n: 4 }]);
    await expect(engine().exec("INSERT INTO covers (url, book_id) VALUES ('a.png', 3)")).rejects.toThrow(/UNIQUE/);
    const before = await engine().catalog();
    await expect(engine().exec(wrap(books.up!))).rejects.toThrow(/needs PRAGMA foreign_keys=OFF, which SQLite ignores inside a transaction/);
    await engine().exec('ROLLBACK;');
    expect(await engine().catalog()).toEqual(before);
    expect(await engine().query(ROWS)).toEqual(rows);
  });
});

describeEngine('sqlite', 'a narrowing check inside kei-migrate\'s transaction (sql.js)', (id) => {
  const engine = useEngine(id);
  test('a retype to a number in such a rebuild checks the copied values with its own temp table: a misfit rolls back', async () => {
    await engine().exec(wrap(init));
    await engine().exec(wrap(SEED));
    const t = design.schema!.tables.find((x) => x.name === 'covers')!;
    const to = { ...t, columns: t.columns.map((c) => (c.name === 'url' ? { ...c, type: { kind: 'integer' as const } } : c)) };
    const sql = rebuildTable(t, to, 'change url', {}, {}, true)[0];
    expect(sql).not.toMatch(/foreign_keys|"_db_scaffold_rebuild"/);
    await expect(engine().exec(wrap(sql))).rejects.toThrow(/rebuild of covers: a value of url does not fit the new type/);
    expect(await engine().query(ROWS)).toEqual([{ id: 1, url: 'a.png', book_id: 1 }, { id: 2, url: 'b.png', book_id: 2 }]);
    await engine().exec("UPDATE covers SET url = CAST(id AS TEXT)");
    await engine().exec(wrap(sql));
    expect(await engine().query('SELECT typeof(url) AS t FROM covers')).toEqual([{ t: 'integer' }, { t: 'integer' }]);
  });
});

test('the sqlite3 CLI: the same, each file inside BEGIN … COMMIT', () => {
  expect(clientInstalled('sqlite')).toBe(true);
  const dir = tempDir('kr-cli');
  const run = (sql: string) => {
    writeFileSync(join(dir, 'f.sql'), sql);
    return spawnSync('sh', ['-c', 'sqlite3 -bail t.db < f.sql'], { cwd: dir, encoding: 'utf8' });
  };
  for (const sql of [wrap(init), wrap(SEED), ...[covers.up!, covers.down!, covers.up!].map(wrap)]) {
    expect(run(`PRAGMA foreign_keys = ON;\n${sql}`).stderr).toBe('');
  }
  const rows = () => run(`${ROWS};\nSELECT COUNT(*) FROM book_tags;\nSELECT sql FROM sqlite_master WHERE name = 'books';`).stdout;
  const kept = rows();
  expect(kept).toMatch(/^1\|a\.png\|1\n2\|b\.png\|2\n4\n/);
  const r = run(`PRAGMA foreign_keys = ON;\n${wrap(books.up!)}`);
  expect(r.stderr).toMatch(/needs PRAGMA foreign_keys=OFF, which SQLite ignores inside a transaction/);
  expect(rows()).toBe(kept);
});
