/**
 * MySQL "data checks first" in online mode, through dbmate on the real MariaDB: an expand that narrows (VARCHAR(20) →
 * (8), an expand/contract), a new UNIQUE and NOT NULL with "stop if NULLs" (in place / the plain form) check the rows
 * before anything changes: with rows that break the check the migration stops there, named as offline, and the
 * catalog (triggers too) and the rows are as before; the repair the report names (fix the data, run it again)
 * applies. The contract checks again: rows the old code left meanwhile stop it before the swap.
 */
import { SEED, specOf, type Case } from '../change-cases.js';
import { describeEngine, openEngine, type Engine } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { planChange } from '../../src/change/plan.js';
import { ALL, dbmate, onMariadb, onlineProject, runContract, write } from './project.js';

const state = async (e: Engine) => [await e.catalog(), await e.query('SELECT * FROM books ORDER BY id'), await e.query('SELECT * FROM authors ORDER BY id')];
const column = async (e: Engine, t: string, c: string) => (await e.query<{ t: string; n: string }>('SELECT COLUMN_TYPE AS t, IS_NULLABLE AS n ' +
  `FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '${t}' AND COLUMN_NAME = '${c}'`)).map((r) => `${r.t.toLowerCase()} ${r.n}`);

const NOT_NULL: Case = { lines: { Book: ALL.setNotNullBackfill.lines!.Book }, extra: { backfill: { 'Book.subtitle': 'fail' } }, kinds: ['alterColumn'] };
const RETYPE: Case = { ...ALL.retypeBackfill, extra: { backfill: { 'Book.subtitle': 'fail' }, allowDestructive: true } };
/** [case, rows that break it, the check's name in the error, the repair, what the applied change shows] */
const CASES: [string, Case, string, RegExp, string, (e: Engine) => Promise<string[]>, string[]][] = [
  ['narrowSize', ALL.narrowSize, "UPDATE books SET isbn = 'i-123456789' WHERE id = 2;", /CONSTRAINT `books\.isbn holds a value over 8 characters` failed/,
    "UPDATE books SET isbn = 'i-2' WHERE id = 2;", (e) => column(e, 'books', 'isbn__new'), ['varchar(8) YES']],
  ['addUnique', ALL.addUnique, "INSERT INTO authors (name) VALUES ('Ann');", /CONSTRAINT `authors: rows repeat name \(uq_authors_name\)` failed/,
    "DELETE FROM authors WHERE id = 3;", (e) => column(e, 'authors', 'name'), ['varchar(255) NO']],
  ['setNotNull', NOT_NULL, '', /CONSTRAINT `books\.subtitle holds NULL` failed/,
    "UPDATE books SET subtitle = 'none' WHERE subtitle IS NULL;", (e) => column(e, 'books', 'subtitle'), ['text NO']],
];

let tick = 0;
const at = () => new Date(Date.UTC(2026, 5, 1) + (tick += 3600) * 1000);

describeEngine('mysql', 'MariaDB online: the rows checked before anything changes', () => {
  test.each(CASES)('%s: rows that break the check stop the migration, nothing changed; repaired, it applies', async (name, c, bad, error, fix, shows, want) => {
    const p = onlineProject('mysql', 'online', 'dbmate', `mchecks-${name}`);
    const e = await openEngine('mysql');
    try {
      const url = databaseUrl('mysql', e.name, p.dir);
      dbmate(p.dir, url, 'up');
      await e.exec(SEED + (bad ? `\n${bad}` : ''));
      const change = planChange(p.design, specOf(c), p.dir, at());
      write(p.dir, change.files);
      expect(change.report).toMatch(/^Note: +MySQL cannot roll back DDL: the rows are checked first .* the repair: undo them with the matching statements of its down/m);
      const before = await state(e);
      expect(() => dbmate(p.dir, url, 'migrate')).toThrow(error);
      expect(await state(e)).toEqual(before);
      await e.exec(fix); // the repair: fix the data, run it again
      dbmate(p.dir, url, 'migrate');
      expect(await shows(e)).toEqual(want);
    } finally { await e.close(); }
  }, 120_000);

  test('a type change to NOT NULL: the contract checks again; a NULL the old code wrote meanwhile stops it before the swap', async () => {
    await onMariadb('mchecks-contract', `${SEED}\nUPDATE books SET subtitle = 'one' WHERE subtitle IS NULL;`, async (p, e, url) => {
      const change = planChange(p.design, specOf(RETYPE), p.dir, at());
      write(p.dir, change.files);
      dbmate(p.dir, url, 'migrate'); // the expand: no NULL yet
      expect(await column(e, 'books', 'subtitle__new')).toEqual(['varchar(80) YES']);
      await e.exec("INSERT INTO books (title, isbn, pages, status, format, subtitle, author_id) VALUES ('Old', 'o-1', 1, 'live', 'paper', NULL, 1);");
      runContract(p, change);
      const before = await state(e);
      expect(() => dbmate(p.dir, url, 'migrate')).toThrow(/CONSTRAINT `books\.subtitle holds NULL` failed/);
      expect(await state(e)).toEqual(before);
      await e.exec("UPDATE books SET subtitle = 'old' WHERE subtitle IS NULL;");
      dbmate(p.dir, url, 'migrate');
      expect(await column(e, 'books', 'subtitle')).toEqual(['varchar(80) NO']);
      expect(await column(e, 'books', 'subtitle__new')).toEqual([]);
    });
  }, 120_000);
});
