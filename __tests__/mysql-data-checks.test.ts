/**
 * MySQL "data checks first", on the real MariaDB: a db-change of three ALTERs (a VARCHAR narrowed, NOT NULL with
 * "stop if NULLs", a new UNIQUE) whose rows break one of them stops at its data check, before the first ALTER:
 * catalog and rows exactly as before. The same file without its data checks stops at the broken ALTER with the
 * ALTERs before it applied (why the checks come first). With rows that fit: up → down → up. A data step's phases check first too.
 */
import { describeEngine, openEngine, type Engine } from './support/engines.js';
import { buildInit } from '../src/core/init.js';
import { planChange } from '../src/change/plan.js';
import { ChangeSpec } from '../src/change/spec.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './support/temp.js';

const LINES = 'Author: name\nBook: title:string(40), code:string(20), subtitle:optional, author_id';
const AFTER = LINES.replace('title:string(40), code:string(20), subtitle:optional', 'title:string(8), code:string(20):unique, subtitle');
const init = buildInit({
  intake: 'A library.', db: 'mysql', orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
  entities: LINES, relations: [], review: 'accept', runner: 'later', irreversible: [],
}, undefined, '/nonexistent', new Date('2026-01-01T00:00:00Z'));
const out = planChange(init.design, ChangeSpec.parse({ entities: AFTER, allowDestructive: true, backfill: { 'Book.subtitle': 'fail' } }),
  '/nonexistent', new Date('2026-01-02T00:00:00Z'));
const initUp = init.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;

/** The books' rows: fine ones, then one that breaks the check named. */
const FINE = "('Alpha', 'a-1', 'one', 1), ('Beta', 'b-2', 'two', 1)";
const BREAKS: [string, string, RegExp][] = [
  ['a title over 8 characters', "('A long title', 'c-3', 'x', 1)", /CONSTRAINT `books\.title holds a value over 8 characters` failed/],
  ['a NULL subtitle', "('Gamma', 'c-3', NULL, 1)", /CONSTRAINT `books\.subtitle holds NULL` failed/],
  ['a repeated code', "('Gamma', 'a-1', 'x', 1)", /CONSTRAINT `books: rows repeat code \(uq_books_code\)` failed/],
];

async function seeded(e: Engine, extra?: string): Promise<void> {
  await e.exec(initUp);
  await e.exec(`INSERT INTO authors (name) VALUES ('Ann');\nINSERT INTO books (title, code, subtitle, author_id) VALUES ${FINE}${extra ? `, ${extra}` : ''};`);
}
const state = async (e: Engine) => [await e.catalog(), await e.query('SELECT id, title, code, subtitle FROM books ORDER BY id')];
const checksAt = (sql: string) => sql.indexOf('CREATE TEMPORARY TABLE `_db_scaffold_data_checks`');

describeEngine('mysql', 'MySQL: data checks first, so a migration that cannot roll back fails before it changes anything', () => {
  test('the data checks come before the first ALTER (the down only widens: none there); the header and the report say the repair', () => {
    expect(checksAt(out.up!)).toBeGreaterThan(0);
    expect(checksAt(out.up!)).toBeLessThan(out.up!.indexOf('ALTER TABLE'));
    expect(out.up).toMatch(/^-- MySQL cannot roll back DDL: the rows are checked first \(a failed data check changes nothing\), but if .* the repair: undo them/m);
    expect(out.report).toMatch(/^Note: +MySQL cannot roll back DDL: the rows are checked first .* the repair: undo them with the matching statements of its down/m);
    expect(out.down).not.toContain('_db_scaffold_data_checks'); // the down widens and drops: nothing its rows can break
  });

  test.each(BREAKS)('rows with %s: the up stops at its data check; catalog and rows as before', async (_w, row, error) => {
    const e = await openEngine('mysql');
    try {
      await seeded(e, row);
      const before = await state(e);
      await expect(e.exec(out.up!)).rejects.toThrow(error);
      expect(await state(e)).toEqual(before);
    } finally { await e.close(); }
  });

  test('the same file without its data checks stops at the UNIQUE with the two ALTERs before it applied', async () => {
    const e = await openEngine('mysql');
    try {
      await seeded(e, BREAKS[2][1]);
      const [cat] = await state(e);
      const bare = out.up!.replace(/DROP TEMPORARY TABLE IF EXISTS[\s\S]*?DROP TEMPORARY TABLE `_db_scaffold_data_checks`;/, '');
      expect(bare).not.toContain('_db_scaffold_data_checks');
      await expect(e.exec(bare)).rejects.toThrow(/Duplicate entry 'a-1'/);
      expect(await e.catalog()).not.toEqual(cat);
    } finally { await e.close(); }
  });

  test('rows that fit: up → down → up', async () => {
    const e = await openEngine('mysql');
    try {
      await seeded(e);
      const [cat0, rows0] = await state(e);
      await e.exec(out.up!);
      const [cat1] = await state(e);
      expect(cat1).not.toEqual(cat0);
      await e.exec(out.down!);
      expect(await state(e)).toEqual([cat0, rows0]);
      await e.exec(out.up!);
      expect((await state(e))[0]).toEqual(cat1);
    } finally { await e.close(); }
  });

  test('an enum value renamed and another removed: the check reads the rows renamed; a row with the removed value stops it first', async () => {
    const lines = 'Author: name\nBook: title, status:enum(draft|live|gone), author_id';
    const d = buildInit({ ...init.design.answers, entities: lines } as Parameters<typeof buildInit>[0], undefined, '/nonexistent', new Date('2026-01-01T00:00:00Z'));
    const spec = { entities: lines.replace('enum(draft|live|gone)', 'enum(draft|shown)'), allowDestructive: true, renameValues: { 'Book.status': { live: 'shown' } } };
    const o = planChange(d.design, ChangeSpec.parse(spec), '/nonexistent', new Date('2026-01-02T00:00:00Z'));
    const e = await openEngine('mysql');
    try {
      await e.exec(d.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body);
      await e.exec("INSERT INTO authors (name) VALUES ('Ann');\nINSERT INTO books (title, status, author_id) VALUES ('A', 'live', 1), ('B', 'gone', 1);");
      const before = [await e.catalog(), await e.query('SELECT status FROM books ORDER BY id')];
      await expect(e.exec(o.up!)).rejects.toThrow(/CONSTRAINT `books: a row breaks ck_books_status_allowed` failed/);
      expect([await e.catalog(), await e.query('SELECT status FROM books ORDER BY id')]).toEqual(before);
      await e.exec("DELETE FROM books WHERE status = 'gone';"); // only a renamed value left: the check passes, the rows move
      await e.exec(o.up!);
      expect((await e.query('SELECT status FROM books ORDER BY id')).map((r) => r.status)).toEqual(['shown']);
    } finally { await e.close(); }
  });

  test('a data step\'s phases check their rows first too: the new shape before the data step, the finish after it', () => {
    const dir = tempDir('mysql-data-step');
    writeFileSync(join(dir, 'dedupe.sql'), "UPDATE books SET code = CONCAT(code, '-', id);\n");
    const spec = { entities: AFTER, allowDestructive: true, backfill: { 'Book.subtitle': "''" }, data: { up: 'dedupe.sql' } };
    const files = planChange(init.design, ChangeSpec.parse(spec), dir, new Date('2026-01-02T00:00:00Z')).files.filter((f) => /migrations\/\d+_\w+\.sql$/.test(f.path));
    expect(files.map((f) => f.path.replace(/^.*\d{14}_/, ''))).toEqual(['change_books.sql', 'change_books_data.sql', 'change_books_finish.sql']);
    const [shape, , finish] = files.map((f) => f.body);
    expect(shape).toMatch(/CONSTRAINT `books\.title holds a value over 8 characters`[\s\S]*DROP TEMPORARY TABLE `_db_scaffold_data_checks`;[\s\S]*ALTER TABLE/);
    expect(finish).toMatch(/CONSTRAINT `books: rows repeat code \(uq_books_code\)`[\s\S]*DROP TEMPORARY TABLE `_db_scaffold_data_checks`;[\s\S]*ADD UNIQUE KEY/);
  });
});
