/**
 * db-entity on real engines: init + the new migration gives the catalog of the regenerated schema.sql;
 * the new down gives back the catalog of init alone; rows already there survive the up and the down.
 */
import { describeEachEngine, type Engine } from './support/engines.js';
import { pairFor, withEngines } from './support/engine-pair.js';
import { CASES, init, step } from './entity-cases.js';

const SEED = `INSERT INTO authors (name) VALUES ('Ann'), ('Bob');
INSERT INTO books (title, isbn, author_id) VALUES ('Alpha', 'isbn-1', 1), ('Beta', 'isbn-2', 2), ('Gamma', 'isbn-3', 1);
INSERT INTO tags (name) VALUES ('sf'), ('poetry');
INSERT INTO book_tags (book_id, tag_id) VALUES (1, 1), (1, 2), (2, 1), (3, 2);`;

const ROWS = [
  'SELECT id, name FROM authors ORDER BY id',
  'SELECT id, title, isbn, author_id, price_amount FROM books ORDER BY id',
  'SELECT id, name FROM tags ORDER BY id',
  'SELECT book_id, tag_id FROM book_tags ORDER BY book_id, tag_id',
];

/** After the up: use what was added (rows in new tables pointing at old rows), so the down meets real data. */
const USE: Record<string, string> = {
  tables: `INSERT INTO publishers (name) VALUES ('P'); INSERT INTO imprints (name, publisher_id) VALUES ('I', 1);`,
  fkIntoExisting: `INSERT INTO branches (name, city) VALUES ('Main', 'Ghent'); UPDATE books SET branch_id = 1 WHERE id = 2;`,
  manyToMany: `INSERT INTO readers (email) VALUES ('r@x.org'); INSERT INTO book_readers (book_id, reader_id) VALUES (1, 1), (2, 1);`,
  oneToOneIntoExisting: `INSERT INTO contracts (signed_on) VALUES ('2024-01-02'); UPDATE authors SET contract_id = 1 WHERE id = 1;`,
  fields: `UPDATE books SET subtitle = 's', contact_email = 'c@x.org' WHERE id = 1;`,
  relation: `INSERT INTO author_tags (author_id, tag_id) VALUES (1, 1), (2, 2);`,
  selfRelation: 'UPDATE books SET parent_book_id = 1 WHERE id = 2;',
  cycle: '',
};

/** What each case adds, seen in the catalog after the up: [table, column]. */
const ADDED: Record<string, [string, string]> = {
  tables: ['imprints', 'publisher_id'], fkIntoExisting: ['books', 'branch_id'], manyToMany: ['book_readers', 'reader_id'],
  oneToOneIntoExisting: ['authors', 'contract_id'], fields: ['books', 'contact_email'], relation: ['author_tags', 'tag_id'],
  selfRelation: ['books', 'parent_book_id'],
  cycle: ['shelves', 'main_room_id'],
};

/** A bad reference after the up: the new FK is enforced. */
const BAD: Partial<Record<string, string>> = {
  fkIntoExisting: 'UPDATE books SET branch_id = 99 WHERE id = 1;',
  manyToMany: 'INSERT INTO book_readers (book_id, reader_id) VALUES (1, 99);',
  oneToOneIntoExisting: 'UPDATE authors SET contract_id = 1 WHERE id = 2;',
  selfRelation: 'UPDATE books SET parent_book_id = 99 WHERE id = 1;',
};

async function rows(e: Engine): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for (const sql of ROWS) out.push(await e.query(sql));
  return out;
}

describeEachEngine('db-entity migrations', (id) => {
  const withPair = pairFor(id); // one scratch pair per server engine, emptied before each case
  for (const [name, change] of Object.entries(CASES)) {
    const scale = name === 'fkIntoExisting' ? 'multi-replica' : 'team';
    test(`${name}: up = regenerated schema.sql, down = init alone, rows kept`, () => withPair(async (a, b) => {
      const i = init(id, scale);
      const s = step(i.design, change);
      await a.exec(i.up);
      await a.exec(SEED);
      const initOnly = await a.catalog();
      const before = await rows(a);

      await a.exec(s.up);
      await b.exec(s.schema);
      const after = await a.catalog();
      expect(after).toEqual(await b.catalog());
      const [table, column] = ADDED[name];
      expect(after.tables[table].columns.map((c) => c.name)).toContain(column);
      expect(initOnly.tables[table]?.columns.map((c) => c.name) ?? []).not.toContain(column);
      expect(await rows(a)).toEqual(before);
      if (USE[name]) await a.exec(USE[name]);
      if (BAD[name]) await expect(a.exec(BAD[name]!)).rejects.toThrow();

      await a.exec(s.down);
      expect(await a.catalog()).toEqual(initOnly);
      expect(await rows(a)).toEqual(before);
    }));
  }
});

describeEachEngine('SQLite rebuild in a down wrapped in a transaction', (id) => {
  test('aborts before dropping anything: junction rows with ON DELETE CASCADE survive', () => withEngines(id, async (a) => {
    const i = init(id);
    const s = step(i.design, CASES.fkIntoExisting);
    await a.exec(i.up);
    await a.exec(SEED);
    await a.exec(s.up);
    const before = await rows(a);
    const withBranch = await a.catalog();
    await a.exec('BEGIN;');
    await expect(a.exec(s.down)).rejects.toThrow(/needs PRAGMA foreign_keys=OFF/);
    await a.exec('ROLLBACK;');
    expect(await rows(a)).toEqual(before);
    expect(await a.catalog()).toEqual(withBranch);
    await a.exec(s.down);
    expect(await rows(a)).toEqual(before);
  }));
}, ['sqlite']);
