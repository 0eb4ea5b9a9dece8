import {
  describeEachEngine, describeEngine, engineGate, fkColumnsIndexed, openEngine, tablesWithoutPk, useEngine,
  type Catalog,
} from './support/engines.js';
import { FIXTURE_DDL, FIXTURE_SEED } from './support/engine-fixtures.js';

describeEachEngine('engine harness', (id) => {
  const engine = useEngine(id);
  let cat: Catalog;
  beforeAll(async () => {
    await engine().exec(FIXTURE_DDL[id]);
    cat = await engine().catalog();
  });

  test('catalog has both tables with keys, FK, indexes, check and trigger', () => {
    expect(Object.keys(cat.tables)).toEqual(['authors', 'books']);
    const books = cat.tables.books;
    expect(books.columns.map((c) => c.name)).toEqual(['id', 'author_id', 'title', 'price']);
    expect(books.columns.find((c) => c.name === 'price')?.nullable).toBe(true);
    expect(books.columns.find((c) => c.name === 'id')?.nullable).toBe(false);
    expect(books.columns.find((c) => c.name === 'title')?.default).toContain('untitled');
    expect(books.primaryKey).toEqual(['id']);
    expect(books.foreignKeys).toEqual([
      expect.objectContaining({ columns: ['author_id'], refTable: 'authors', refColumns: ['id'], onDelete: 'cascade' }),
    ]);
    expect(books.indexes).toContainEqual({ name: 'books_author_id_idx', columns: ['author_id'], unique: false });
    expect(cat.tables.authors.indexes).toEqual([expect.objectContaining({ columns: ['email'], unique: true })]);
    expect(books.checks).toEqual([{ name: 'books_price_check', expr: expect.stringContaining('price') }]);
    expect(cat.triggers).toEqual(['books_touch']);
    expect(fkColumnsIndexed(cat)).toEqual([]);
    expect(tablesWithoutPk(cat)).toEqual([]);
    if (id !== 'mysql') expect(books.indexes).toContainEqual(expect.objectContaining({ name: 'books_cheap_idx', partial: true }));
    if (id === 'postgres') expect(cat.functions).toEqual(['books_touch_fn']);
  });

  test('the same DDL in a second scratch database gives an equal catalog', async () => {
    const other = await openEngine(id);
    try {
      expect(other.name === ':memory:' || other.name !== engine().name).toBe(true);
      expect(await other.catalog()).toEqual({ tables: {}, triggers: [], ...(id === 'sqlite' ? {} : { functions: [] }) });
      await other.exec(FIXTURE_DDL[id]);
      expect(await other.catalog()).toEqual(cat);
    } finally {
      await other.close();
    }
  });

  test('exec runs a seed, query reads it, FKs are enforced', async () => {
    await engine().exec(FIXTURE_SEED);
    const rows = await engine().query<{ n: unknown }>('SELECT COUNT(*) AS n FROM books');
    expect(Number(rows[0].n)).toBe(2);
    await expect(engine().exec('INSERT INTO books (author_id, title) VALUES (99, \'x\');')).rejects.toThrow();
    await engine().exec('DELETE FROM authors WHERE id = 1;');
    expect(await engine().query('SELECT id FROM books')).toEqual([]);
  });

  test('errors propagate from exec and query', async () => {
    await expect(engine().exec('CREATE TABLE ok_1 (id int);\nCREATE TABLE (;')).rejects.toThrow();
    await expect(engine().query('SELECT * FROM no_such_table')).rejects.toThrow();
  });

  test('close drops the scratch database', async () => {
    const e = await openEngine(id);
    await e.close();
    if (id === 'sqlite') return expect(e.query('SELECT 1')).rejects.toThrow();
    const probe = await openEngine(id);
    try {
      const sql = id === 'postgres' ? 'SELECT datname AS name FROM pg_database' : 'SHOW DATABASES';
      const names = (await probe.query<Record<string, string>>(sql)).map((r) => Object.values(r)[0]);
      expect(names).toContain(probe.name);
      expect(names).not.toContain(e.name);
    } finally {
      await probe.close();
    }
  });
});

describeEngine('mysql', 'MariaDB compound statements', () => {
  const engine = useEngine('mysql');

  test('SIGNAL inside BEGIN NOT ATOMIC rejects exec with its message and stops the file', async () => {
    const file = `BEGIN NOT ATOMIC SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'x'; END;\nCREATE TABLE after_signal (id int);`;
    await expect(engine().exec(file)).rejects.toThrow(/^x$/);
    expect(await engine().query("SHOW TABLES LIKE 'after_signal'")).toEqual([]);
  });

  test('a passing BEGIN NOT ATOMIC block runs, and so do the statements after it', async () => {
    await engine().exec(`CREATE TABLE t1 (id int);
BEGIN NOT ATOMIC
  IF (SELECT COUNT(*) FROM t1) = 0 THEN INSERT INTO t1 VALUES (1); INSERT INTO t1 VALUES (2); END IF;
END;
INSERT INTO t1 VALUES (3);`);
    expect(await engine().query('SELECT id FROM t1 ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
  });

  test('mysql-client DELIMITER directives are honoured', async () => {
    await engine().exec(`CREATE TABLE t2 (id int);\nDELIMITER //\nCREATE PROCEDURE p2() BEGIN INSERT INTO t2 VALUES (7); END //\nDELIMITER ;\nCALL p2();`);
    expect(await engine().query('SELECT id FROM t2')).toEqual([{ id: 7 }]);
    expect((await engine().catalog()).functions).toEqual(['p2']);
  });
});

test('engine gate: run when reachable, fail under CI, skip locally', () => {
  expect(engineGate(true, true)).toBe('run');
  expect(engineGate(false, true)).toBe('fail');
  expect(engineGate(false, false)).toBe('skip');
});

test('fkColumnsIndexed reports FKs not covered by an index prefix or the PK', () => {
  const fk = { columns: ['a', 'b'], refTable: 'p', refColumns: ['x', 'y'], onDelete: 'restrict' };
  const table = (indexes: { name: string; columns: string[]; unique: boolean }[], primaryKey: string[] = ['id']) =>
    ({ columns: [], primaryKey, foreignKeys: [fk], indexes, checks: [] });
  const cat = (t: ReturnType<typeof table>): Catalog => ({ tables: { c: t }, triggers: [] });
  expect(fkColumnsIndexed(cat(table([{ name: 'i', columns: ['a', 'b', 'c'], unique: false }])))).toEqual([]);
  expect(fkColumnsIndexed(cat(table([], ['a', 'b'])))).toEqual([]);
  expect(fkColumnsIndexed(cat(table([{ name: 'i', columns: ['b', 'a'], unique: false }])))).toEqual([{ table: 'c', ...fk }]);
  expect(tablesWithoutPk(cat(table([], [])))).toEqual(['c']);
});
