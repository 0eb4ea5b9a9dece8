/**
 * Issue 16, db-change NOT NULL without a fill value: `"backfill": {"Book.subtitle": "fail"}` writes a migration that
 * stops while a row holds NULL, on the real PostgreSQL, MariaDB and SQLite alike: the up refused, the catalog and
 * the rows as they were; once no row holds NULL the same up runs, the column is NOT NULL, and the down restores it.
 * (The click path, on PostgreSQL: change-clicks-values.test.ts.)
 */
import { describeEachEngine, openEngine } from './support/engines.js';
import { LINES, base, change, type Case } from './change-cases.js';
import { rows, seeded } from './support/change-rows.js';

const STOP: Case = {
  lines: { Book: LINES.Book.replace('subtitle:optional', 'subtitle') }, extra: { backfill: { 'Book.subtitle': 'fail' } }, kinds: ['alterColumn'],
};
const REFUSED: Record<string, RegExp> = {
  postgres: /column "subtitle" of relation "books" contains null values/,
  mysql: /CONSTRAINT `books.subtitle holds NULL` failed/, // the data check first (dialects/mysql/data-checks.ts): no DDL ran
  sqlite: /NOT NULL constraint failed: .*subtitle/,
};

describeEachEngine('db-change NOT NULL with "fail": stops while a NULL exists', (id) => {
  const design = base(id);

  test('a row holds NULL: the up stops, the database as it was; filled: it runs, the down restores', async () => {
    const out = change(design, STOP);
    const e = await openEngine(id);
    try {
      const before = await seeded(e, design);
      expect(before.data.books.filter((b) => (b as { subtitle: unknown }).subtitle === null)).toHaveLength(2);
      await expect(e.exec(out.up!)).rejects.toThrow(REFUSED[id]);
      if (id === 'sqlite') await e.exec('ROLLBACK;').catch(() => undefined); // the client's connection ends at the error
      expect(await e.catalog()).toEqual(before.cat);
      expect(await rows(e, before.cat)).toEqual(before.data);
      await e.exec("UPDATE books SET subtitle = 'one' WHERE subtitle IS NULL;");
      await e.exec(out.up!);
      expect((await e.catalog()).tables.books.columns.find((c) => c.name === 'subtitle')?.nullable).toBe(false);
      await e.exec(out.down!);
      expect(await e.catalog()).toEqual(before.cat);
    } finally { await e.close(); }
  });
});
