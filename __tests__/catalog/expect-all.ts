/** What every reader must find in all-objects.ts, engine by engine (the facts each engine can hold). */
import type { Catalog, CatTable } from '../../src/catalog/types.js';
import type { ReadableId } from '../support/readable.js';

const table = (c: Catalog, name: string): CatTable => {
  const t = c.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in the catalog`);
  return t;
};

export function expectAllObjects(c: Catalog, id: ReadableId): void {
  const pgLike = id === 'postgres' || id === 'pglite';
  expect(c.tables.map((t) => t.name)).toEqual(['authors', 'books']);
  const a = table(c, 'authors');
  const b = table(c, 'books');
  const col = (t: CatTable, n: string) => t.columns.find((x) => x.name === n);
  expect(a.columns.map((x) => x.name).slice(0, 6)).toEqual(['id', 'email', 'name', 'rating', 'mood', 'name_lower']);
  const varchar = expect.stringMatching(/varchar|character varying/);
  expect(col(a, 'email')).toMatchObject({ base: varchar, length: 320, nullable: false });
  expect(col(a, 'rating')).toMatchObject({ precision: 4, scale: 2, nullable: true, default: null });
  expect(col(a, 'name')?.default).toMatch(/^'anon'/);
  expect(col(a, 'id')?.identity).toBe(pgLike ? 'always' : 'auto-increment');
  expect(col(b, 'id')?.identity).toBe(id === 'sqlite' ? 'rowid' : id === 'mysql' ? 'auto-increment' : undefined);
  expect(col(a, 'name_lower')?.generated).toMatchObject({ expr: expect.stringMatching(/lower|lcase/), stored: true });
  expect(a.primaryKey?.columns).toEqual(['id']);
  expect(a.uniques.map((u) => u.columns)).toEqual([['email']]);
  expect(a.checks).toContainEqual({ name: 'ck_rating', expr: expect.stringContaining('rating') });
  expect(b.foreignKeys).toEqual([expect.objectContaining({
    columns: ['author_id'], refTable: 'authors', refColumns: ['id'], onDelete: 'cascade', onUpdate: 'restrict',
  })]);
  expect(b.indexes.find((i) => i.name === 'books_author_idx')).toMatchObject({ columns: ['author_id'], unique: false });
  expect(c.views.map((v) => v.name)).toEqual(['live_books']);
  expect(c.views[0].definition).toMatch(/deleted_at.* is null/i);
  expect(c.triggers).toEqual([expect.objectContaining({ name: 'books_touch', table: 'books', events: ['update'] })]);
  if (id === 'mysql') {
    expect(col(a, 'mood')?.enumValues).toEqual(['calm', 'busy']);
    expect(col(a, 'updated_at')?.onUpdate).toMatch(/current_timestamp/);
    expect(b.indexes.find((i) => i.name === 'books_title_prefix')?.columns).toEqual(['title(20)', 'published_at desc']);
    expect(b.indexes.find((i) => i.name === 'books_ft')?.method).toBe('fulltext');
    const body = expect.stringContaining('x * 2');
    expect(c.routines).toEqual([expect.objectContaining({ name: 'twice', kind: 'function', sql: body })]);
    const seq = expect.stringContaining('increment by 5');
    expect(c.sequences).toEqual([expect.objectContaining({ name: 'invoice_no', sql: seq })]);
  } else {
    const where = expect.stringMatching(/deleted_at IS NULL/);
    expect(b.indexes.find((i) => i.name === 'books_live_title')).toMatchObject({ unique: true, where });
    expect(b.indexes.find((i) => i.name === 'books_lower_title')).toMatchObject({
      expression: true, columns: [expect.stringMatching(/^lower\(/), 'published_at desc'],
    });
  }
  if (id === 'sqlite') expect(a.checks).toContainEqual({ name: 'authors_check_1', expr: "mood IN ('calm', 'busy')" });
  if (pgLike) {
    expect(c.enums).toEqual([{ name: 'mood', values: ['calm', 'busy'] }]);
    expect(col(a, 'mood')).toMatchObject({ base: 'mood', enumValues: ['calm', 'busy'], default: "'calm'::mood" });
    expect(a.comment).toBe('who writes');
    expect(col(a, 'email')?.comment).toBe('login');
    expect(c.routines).toEqual([ // domains first, then functions, then aggregates (each made from its text, in this order)
      { name: 'pages', kind: 'domain', sql: 'CREATE DOMAIN pages AS integer CONSTRAINT pages_positive CHECK ((VALUE > 0))' },
      expect.objectContaining({ name: 'longer', kind: 'function' }), expect.objectContaining({ name: 'touch', kind: 'function' }),
      { name: 'longest', kind: 'aggregate', sql: 'CREATE AGGREGATE longest(text) (SFUNC = longer, STYPE = text)' },
    ]);
    expect(c.rules).toEqual([{ name: 'books_keep_live', table: 'books', sql: expect.stringMatching(/^CREATE RULE books_keep_live AS\s+ON DELETE TO (public\.)?books\s+WHERE old\.deleted_at IS NULL DO INSTEAD NOTHING;?$/) }]);
    expect(c.sequences).toEqual([
      { name: 'authors_id_seq', start: 1, increment: 1, type: 'bigint', ownedBy: 'authors.id', identity: true },
      { name: 'books_id_seq', start: 1, increment: 1, type: 'integer', ownedBy: 'books.id' },
      { name: 'invoice_no', start: 1000, increment: 5, type: 'bigint' },
    ]);
  }
  if (id === 'mysql') {
    expect(a.comment).toBe('who writes');
    expect(col(a, 'email')?.comment).toBe('login');
  }
}
