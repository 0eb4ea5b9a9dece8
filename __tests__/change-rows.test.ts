/**
 * db-change on a database holding rows, on the real PostgreSQL, MariaDB and SQLite: a change the rows do
 * not fit stops and leaves the table as it was (text → integer keeps no 'paper' in an INTEGER column on
 * SQLite; an enum value in use removed on MariaDB fails at its data check, before the CHECK is dropped); one they fit
 * runs; the down of a drop that rows make impossible aborts before it changes anything (irreversible).
 */
import { describeEachEngine, openEngine } from './support/engines.js';
import { LINES, base, change, type Case } from './change-cases.js';
import { rows, seeded } from './support/change-rows.js';

const sure = { allowDestructive: true };
const book = (from: string, to: string) => ({ Book: LINES.Book.replace(from, to) });
const STOPS: Record<string, { c: Case; error: Record<string, RegExp>; probe: string }> = {
  'text → integer with values that are no numbers': {
    c: { lines: book('format:text', 'format:integer'), extra: sure, kinds: [] },
    error: { sqlite: /^rebuild of books: a value of format does not fit the new type \(SQLite would keep it as it is\); rolled back, nothing changed$/,
      postgres: /invalid input syntax for type (integer|bigint): "paper"/, mysql: /Incorrect integer value|Truncated incorrect|Data truncated/ },
    probe: "UPDATE books SET format = 'paper' WHERE id = 1",
  },
  'an enum value in use removed': {
    c: { lines: book('enum(draft|live)', 'enum(draft)'), extra: sure, kinds: [] },
    error: { sqlite: /CHECK constraint failed/, postgres: /violated by some row/, mysql: /CONSTRAINT `books: a row breaks ck_books_status_allowed` failed/ },
    probe: "UPDATE books SET status = 'bogus' WHERE id = 1", // must still fail: the CHECK is there
  },
};

describeEachEngine('db-change with rows: a change the rows do not fit stops, the table as it was', (id) => {
  const design = base(id);
  for (const [what, s] of Object.entries(STOPS)) {
    test(what, async () => {
      const e = await openEngine(id);
      try {
        const before = await seeded(e, design);
        await expect(e.exec(change(design, s.c).up!)).rejects.toThrow(s.error[id]);
        // SQLite: the client stops at the error (sqlite3 -bail, a runner) and its connection ends: an open transaction is rolled back
        if (id === 'sqlite') await e.exec('ROLLBACK;').catch(() => undefined);
        expect(await e.catalog()).toEqual(before.cat);
        expect(await rows(e, before.cat)).toEqual(before.data);
        if (s.probe.includes('bogus')) await expect(e.exec(s.probe)).rejects.toThrow(/CHECK|check|ck_books_status_allowed/);
      } finally { await e.close(); }
    });
  }

  test('text → integer with values that fit: runs, the values are integers, the down restores text', async () => {
    const e = await openEngine(id);
    try {
      const fits = "\nUPDATE books SET format = '12' WHERE id = 1;\nUPDATE books SET format = '7' WHERE id = 2;\nUPDATE books SET format = '-3' WHERE id = 3;";
      const before = await seeded(e, design, fits);
      const out = change(design, { lines: book('format:text', 'format:integer'), extra: sure, kinds: [] });
      await e.exec(out.up!);
      const got = await e.query(`SELECT ${id === 'sqlite' ? 'typeof(format) AS t, ' : ''}format FROM books ORDER BY id`);
      expect(got.map((r) => Number(r.format))).toEqual([12, 7, -3]);
      if (id === 'sqlite') expect(got.map((r) => r.t)).toEqual(['integer', 'integer', 'integer']);
      await e.exec(out.down!);
      expect(await e.catalog()).toEqual(before.cat);
    } finally { await e.close(); }
  });
});

const DOWNS: Record<string, Case> = {
  'drop an entity still referenced (Author; books.author_id stays)': { lines: { Author: null }, extra: sure, kinds: [] },
  'drop a NOT NULL FK column (books.author_id)': { lines: book(', author_id', ''), extra: sure, kinds: [] },
};

describeEachEngine('db-change with rows: a down the rows make impossible is marked irreversible and aborts first', (id) => {
  const design = base(id);
  for (const [what, c] of Object.entries(DOWNS)) {
    test(what, async () => {
      const e = await openEngine(id);
      try {
        await seeded(e, design);
        const out = change(design, c);
        expect(out.up).toMatch(/^-- IRREVERSIBLE DOWN: .*; the down aborts before changing anything \(restore from a backup instead\)\.$/m);
        expect(out.down).toMatch(/^-- Aborts: .*\.$/m);
        await e.exec(out.up!);
        const after = await e.catalog();
        const kept = await rows(e, after);
        await expect(e.exec(out.down!)).rejects.toThrow(/irreversible: change_/);
        expect(await e.catalog()).toEqual(after);
        expect(await rows(e, after)).toEqual(kept);
      } finally { await e.close(); }
    });
  }
});

describeEachEngine('db-change with rows: @timestamps(none) later is a change (the trigger goes with the columns, the down brings both back)', (id) => {
  test('rows still update after the up; after the down updated_at is kept current again', async () => {
    const design = base(id);
    const e = await openEngine(id);
    try {
      await seeded(e, design);
      const out = change(design, { lines: { Author: `${LINES.Author}, @timestamps(none)` }, extra: sure, kinds: [] });
      await e.exec(out.up!);
      await e.exec("UPDATE authors SET name = 'Ann B' WHERE id = 1;"); // a trigger left behind would fail here (no updated_at)
      expect((await e.query('SELECT name FROM authors ORDER BY id')).map((r) => r.name)).toEqual(['Ann B', 'Bob']);
      await e.exec(out.down!);
      await e.exec("UPDATE authors SET updated_at = '2001-02-03 04:05:06' WHERE id = 1;");
      await e.exec("UPDATE authors SET name = 'Ann C' WHERE id = 1;");
      const [row] = await e.query('SELECT updated_at FROM authors WHERE id = 1');
      expect(new Date(String(row.updated_at instanceof Date ? row.updated_at.toISOString() : `${row.updated_at}Z`.replace(' ', 'T'))).getUTCFullYear()).toBeGreaterThan(2001);
    } finally { await e.close(); }
  });
});
