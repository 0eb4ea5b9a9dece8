/**
 * safety online, a lone table rename (`@table(book_covers)`: covers → book_covers, its keys' names following) on the
 * real PostgreSQL and MariaDB through dbmate, both codes writing in between: after the expand the old code writes
 * covers (the table, old key names) and the new code book_covers (a view that takes inserts and updates); the
 * contract leaves the table under its new name with its keys renamed and no view; its down brings the view back;
 * the expand's down leaves the table as it was. No row is lost on the way.
 */
import { SEED } from '../change-cases.js';
import { describeEachEngine, openEngine, type Engine } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { dbmate, onlineProject, runCase, runContract } from './project.js';

const BOOK = "INSERT INTO books (title, isbn, pages, status, format, author_id) VALUES";
const urls = async (e: Engine, t: string) => (await e.query<{ url: string }>(`SELECT url FROM ${t} ORDER BY book_id`)).map((r) => r.url);
const views = async (e: Engine) => (await e.query<{ v: string }>('SELECT table_name AS v FROM information_schema.views WHERE table_schema = ' +
  `${e.id === 'mysql' ? 'DATABASE()' : 'current_schema()'} AND table_name IN ('covers', 'book_covers')`)).map((r) => r.v);
const keys = async (e: Engine, t: string) => (await e.catalog()).tables[t];

/** Old code: covers by its old name; new code: book_covers. Each adds a book and its cover and changes one url. */
async function write(e: Engine, table: string, n: number) {
  await e.exec(`${BOOK} ('B${n}', 'i-${n}', ${n}, 'live', 'paper', 1);`);
  await e.exec(`INSERT INTO ${table} (url, book_id) VALUES ('${table}-${n}.png', ${n});`);
  await e.exec(`UPDATE ${table} SET url = '${table}-1-${n}.png' WHERE book_id = 1;`);
}

describeEachEngine('a table rename online: a view under the new name, both codes writing', (db) => {
  test('expand → both write → contract → its down → the expand\'s down keeps every row', async () => {
    const p = onlineProject(db, 'online', 'dbmate', `tview-${db}`);
    const e = await openEngine(db);
    try {
      const url = databaseUrl(db, e.name, p.dir) + (db === 'postgres' ? '?sslmode=disable' : '');
      dbmate(p.dir, url, 'up');
      await e.exec(SEED);
      const before = await keys(e, 'covers');
      const { change } = runCase(p, 'tableDirective', false);
      const phases = change.design.migrations.length - p.design.migrations.length;
      expect(change.up).toMatch(/CREATE OR REPLACE VIEW .book_covers. AS SELECT \* FROM .covers.;/);
      expect(change.up!.split('-- migrate:down')[0]).not.toMatch(/RENAME|DROP/);
      dbmate(p.dir, url, 'migrate');
      expect(await views(e)).toEqual(['book_covers']);
      await write(e, 'covers', 4);
      await write(e, 'book_covers', 5);
      const all = ['book_covers-1-5.png', 'b.png', 'covers-4.png', 'book_covers-5.png'];
      expect(await urls(e, 'covers')).toEqual(all);
      expect(await urls(e, 'book_covers')).toEqual(all);
      // inserts through the view got the table's defaults (the id, the timestamps)
      expect(await e.query('SELECT COUNT(*) AS n FROM covers WHERE id IS NULL OR created_at IS NULL')).toEqual([{ n: db === 'mysql' ? 0 : '0' }]);
      expect(await keys(e, 'covers')).toEqual(before);

      const contract = runContract(p, change);
      expect(contract.up).toMatch(/squawk-ignore renaming-table|RENAME TABLE/);
      dbmate(p.dir, url, 'migrate');
      expect(await views(e)).toEqual([]);
      const want = await openEngine(db);
      try {
        await want.exec(contract.files.find((f) => f.path === 'db/schema.sql')?.body ?? change.files.find((f) => f.path === 'db/schema.sql')!.body);
        expect(await keys(e, 'book_covers')).toEqual(await keys(want, 'book_covers'));
      } finally { await want.close(); }
      await write(e, 'book_covers', 6);
      expect(await urls(e, 'book_covers')).toEqual(['book_covers-1-6.png', ...all.slice(1), 'book_covers-6.png']);

      dbmate(p.dir, url, 'rollback');
      expect(await views(e)).toEqual(['book_covers']);
      expect(await keys(e, 'covers')).toEqual(before);
      await write(e, 'covers', 7);
      await write(e, 'book_covers', 8);
      const back = ['book_covers-1-8.png', 'b.png', 'covers-4.png', 'book_covers-5.png', 'book_covers-6.png', 'covers-7.png', 'book_covers-8.png'];
      expect(await urls(e, 'book_covers')).toEqual(back);

      for (let i = 0; i < phases; i++) dbmate(p.dir, url, 'rollback');
      expect(await views(e)).toEqual([]);
      expect(await keys(e, 'covers')).toEqual(before);
      expect(await urls(e, 'covers')).toEqual(back);
    } finally { await e.close(); }
  }, 120_000);
}, ['postgres', 'mysql']);
