/**
 * Issue 7: the same language in db-entity and db-field. New fields with sizes, defaults, checks and a
 * ref(), and a new entity with a natural key and a composite unique, applied after init: up → down → up
 * on the real engines. Directives that change an existing table are refused in one line by db-field.
 */
import { describeEachEngine, useEngine, type Catalog } from '../support/engines.js';
import { init, step } from '../entity-cases.js';
import { userError } from '../support/design.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const FIELDS = "Book: isbn13:char(13):unique:optional, pages:smallint:default(1):check(pages > 0), rate:decimal(4,2):default(4.99), format:enum(paper|ebook):default(paper), lang:string(8):default('en'), translator:ref(Author, set-null)";
const ENTITY = 'Shelf: code:char(4):pk, label:string(40), room:integer:default(1), @unique(label, room), @timestamps(created)\nPlacement: book_id, shelf_code:ref(Shelf, cascade), @pk(book_id, shelf_code)';

describeEachEngine('db-field and db-entity in the v2 language, up → down → up', (id) => {
  const db = id as DialectId;
  const engine = useEngine(id);
  const base = init(db);
  const fields = step(base.design, { kind: 'field', entities: FIELDS });
  const entity = step(fields.evolved.design, { kind: 'entity', entities: ENTITY });
  const col = (c: Catalog, t: string, n: string) => c.tables[t].columns.find((x) => x.name === n)!;

  test('each migration applies, reverts to the catalog before it, applies again', async () => {
    const e = engine();
    await e.exec(base.up);
    const before = await e.catalog();
    for (const s of [fields, entity]) {
      const prior = await e.catalog();
      await e.exec(s.up);
      const after = await e.catalog();
      await e.exec(s.down);
      expect(await e.catalog()).toEqual(prior);
      await e.exec(s.up);
      expect(await e.catalog()).toEqual(after);
    }
    const c = await e.catalog();
    expect(Object.keys(c.tables).length).toBe(Object.keys(before.tables).length + 2);
    expect(col(c, 'books', 'isbn13').nullable).toBe(true);
    expect(col(c, 'books', 'rate').default).toMatch(/4\.99/);
    expect(c.tables.books.checks.some((k) => k.name === 'ck_books_pages_check')).toBe(true);
    expect(c.tables.books.foreignKeys).toContainEqual(expect.objectContaining({ columns: ['translator'], onDelete: 'set null' }));
    expect(c.tables.shelves.primaryKey).toEqual(['code']);
    expect(c.tables.shelves.indexes).toContainEqual(expect.objectContaining({ columns: ['label', 'room'], unique: true }));
    expect(c.tables.placements.primaryKey).toEqual(['book_id', 'shelf_code']);
    expect(c.tables.placements.foreignKeys).toContainEqual(expect.objectContaining({ columns: ['shelf_code'], refColumns: ['code'], onDelete: 'cascade' }));
  });

  test('db-field refuses a directive that changes an existing table, in one line', () => {
    expect(userError(() => step(base.design, { kind: 'field', entities: 'Book: subtitle:optional, @index(title, subtitle)' })))
      .toMatch(/^entities line 1 \(Book\): @index changes the table itself; db-field adds fields only/);
  });
});
