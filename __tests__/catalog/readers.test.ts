/**
 * The catalog readers behind Dialect.readCatalog, on the real PostgreSQL and MariaDB, on sql.js and on
 * PGlite, over a schema with every object kind; each reads through a session the engine itself holds
 * read-only, and sends only SELECT / SHOW / PRAGMA.
 */
import { READ_ONLY, recording } from '../../src/catalog/conn.js';
import { diffCatalogs } from '../../src/catalog/diff.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { describeEngine } from '../support/engines.js';
import { openReadable, type Readable, type ReadableId } from '../support/readable.js';
import { MYSQL_ALL, PG_ALL, SQLITE_ALL } from './all-objects.js';
import { expectAllObjects } from './expect-all.js';

const DDL: Record<ReadableId, string> = { postgres: PG_ALL, pglite: PG_ALL, mysql: MYSQL_ALL, sqlite: SQLITE_ALL };

function suite(id: ReadableId): void {
  let db: Readable;
  let sent: string[] = [];
  beforeAll(async () => {
    db = await openReadable(id);
    await db.exec(DDL[id]);
    await db.readOnly();
  }, 30000);
  afterAll(() => db?.close());

  test('reads tables, columns, keys, indexes, FKs, checks, enums, comments, triggers, views, sequences', async () => {
    const conn = recording(db.conn);
    const cat = await dialectOf(db.dialect).readCatalog(conn);
    sent = conn.sent;
    expectAllObjects(cat, id);
  });

  test('sends reads only, through a session the engine keeps read-only', async () => {
    expect(sent.length).toBeGreaterThan(3);
    expect(sent.filter((s) => !READ_ONLY.test(s))).toEqual([]);
    await expect(db.conn.query('CREATE TABLE intruder (x integer)')).rejects.toThrow(/read.only|readonly|READ ONLY/i);
  });

  test('the same schema read twice is equal; a changed one is named object by object', async () => {
    const read = () => dialectOf(db.dialect).readCatalog(db.conn);
    const [one, two] = [await read(), await read()];
    expect(diffCatalogs(one, two)).toEqual([]);
    const changed = structuredClone(two);
    const books = changed.tables.find((t) => t.name === 'books')!;
    books.columns.push({ ...books.columns[2], name: 'subtitle' });
    books.indexes[0].name = 'renamed_idx';
    books.foreignKeys[0].onDelete = 'restrict';
    changed.views = [];
    const diffs = diffCatalogs(one, changed).map((d) => `${d.object}: ${d.detail}`);
    expect(diffs).toEqual(expect.arrayContaining([
      'column books.subtitle: only in b',
      'foreign key books (author_id) → authors: onDelete: a "cascade" / b "restrict"',
      'view live_books: only in a',
    ]));
    expect(diffs.some((d) => d.includes('renamed_idx'))).toBe(true);
    expect(diffCatalogs(one, changed, { names: false }).some((d) => d.object.startsWith('index'))).toBe(false);
  });
}

describeEngine('postgres', 'catalog reader', () => suite('postgres'));
describeEngine('mysql', 'catalog reader', () => suite('mysql'));
describe('catalog reader [sqlite: sql.js]', () => suite('sqlite'));
describe('catalog reader [postgres: PGlite]', () => suite('pglite'));
