/**
 * collate(name): the column's COLLATE on each engine (PostgreSQL "name", MySQL/MariaDB name, SQLite NOCASE|BINARY|RTRIM) on
 * string(n), char(n), text and enum; the refusals, one line each with what is allowed; the entity text it is written back
 * as; SQLite's COLLATE read from a column's text, not from a CHECK's. (The engines: collate-change.test.ts.)
 */
import { createSql, DIALECTS, userError } from '../support/design.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { buildModel } from '../../src/core/design.js';
import { writeEntities } from '../../src/model/write-entities.js';
import { applyEdit } from '../../src/model/edit.js';
import { tableText } from '../../src/dialects/sqlite/catalog-text.js';
import { emptyCatalog } from '../../src/catalog/types.js';
import { draft } from '../../src/import/design-from.js';

const NAME: Record<DialectId, string> = { postgres: 'C', mysql: 'utf8mb4_bin', sqlite: 'nocase' };
const line = (n: string) => `Word: name:string(50):collate(${n}), body:text:optional:collate(${n}), code:char(2):collate(${n}), ` +
  `kind:enum(a|b):collate(${n})`;

const WANT: Record<DialectId, string[]> = {
  postgres: ['"name" VARCHAR(50) COLLATE "C" NOT NULL', '"body" TEXT COLLATE "C"', '"code" CHAR(2) COLLATE "C" NOT NULL',
    '"kind" TEXT COLLATE "C" NOT NULL'],
  mysql: ['`name` VARCHAR(50) COLLATE utf8mb4_bin NOT NULL', '`body` TEXT COLLATE utf8mb4_bin NULL',
    '`code` CHAR(2) COLLATE utf8mb4_bin NOT NULL', '`kind` VARCHAR(16) COLLATE utf8mb4_bin NOT NULL'],
  sqlite: ['"name" VARCHAR(50) COLLATE NOCASE NOT NULL', '"body" TEXT COLLATE NOCASE', '"code" CHAR(2) COLLATE NOCASE NOT NULL',
    '"kind" TEXT COLLATE NOCASE NOT NULL'],
};

test.each(DIALECTS)('%s: COLLATE on string, text, char and enum columns', (db) => {
  const lines = createSql(db, { entities: line(NAME[db]) }, 'words').split('\n').map((l) => l.trim().replace(/,$/, ''));
  for (const w of WANT[db]) expect([w, lines.includes(w)]).toEqual([w, true]);
});

test('an FK column takes the collation of the key it points at', () => {
  const sql = createSql('mysql', { entities: 'Code: code:string(8):pk:collate(utf8mb4_bin)\nItem: code_id:ref(Code)' }, 'items');
  expect(sql).toContain('`code_id` VARCHAR(8) COLLATE utf8mb4_bin NOT NULL');
});

const refused = (db: DialectId, entities: string) => userError(() => createSql(db, { entities }, 'words'));

test('collate(…) goes with text types only: elsewhere one line naming them', () => {
  expect(refused('postgres', 'Word: n:integer:collate(C)'))
    .toMatch(/Word\.n: collate\(C\) goes with string\(n\), char\(n\), text or enum \(e\.g\. n:string\(50\):collate\(…\)\), not integer$/);
  expect(refused('postgres', 'Word: n:text[]:collate(C)')).toMatch(/collate\(C\) goes with string\(n\), char\(n\), text or enum .*not text$/);
  expect(refused('mysql', 'Tag: name\nWord: tag_id:ref(Tag):collate(utf8mb4_bin)')).toMatch(/collate\(utf8mb4_bin\) goes with .*not a ref\(…\)$/);
  expect(refused('mysql', 'Word: n:string(9):ci:collate(utf8mb4_bin)')).toMatch(/ci and collate\(utf8mb4_bin\) both say how text compares; give one/);
  expect(refused('mysql', 'Word: n:string(9):collate(utf8mb4_bin):collate(utf8mb4_bin)')).toMatch(/two collate\(…\) modifiers; give one$/);
  expect(refused('mysql', 'Word: n:string(9):collate()')).toMatch(/collate\(\) is empty; name a collation, e\.g\. collate\(utf8mb4_bin\)/);
});

test('a name the engine cannot have: refused at design time with what it takes', () => {
  expect(refused('mysql', 'Word: n:string(9):collate(utf8mb4 bin)'))
    .toMatch(/Word\.n: collate\(utf8mb4 bin\) is not a collation MySQL\/MariaDB can have \(a name of information_schema\.COLLATIONS: letters, digits and _/);
  expect(refused('mysql', "Word: n:string(9):collate(utf8mb4_bin')")).toMatch(/is not a collation MySQL\/MariaDB can have/);
  expect(refused('postgres', 'Word: n:string(9):collate(en"US)'))
    .toMatch(/collate\(en"US\) is not a collation PostgreSQL can have \(a name of pg_collation: letters, digits, _ \. @ -/);
  expect(refused('sqlite', 'Word: n:string(9):collate(utf8mb4_bin)'))
    .toMatch(/Word\.n: collate\(utf8mb4_bin\) is not a collation SQLite can have \(SQLite has nocase, binary and rtrim\)$/);
  for (const e of ['postgres', 'mysql', 'sqlite'] as const) expect(refused(e, 'Word: n:string(9):collate(a b)').split('\n')).toHaveLength(1);
});

test('the entity text says collate(…) as written; a PostgreSQL name keeps its case', () => {
  const model = buildModel({ entities: 'Word: name:string(50):collate(en_US.utf8), tag:text:optional:collate(C)', relations: [] });
  expect(writeEntities(model)).toBe('Word: name:string(50):collate(en_US.utf8), tag:text:optional:collate(C)');
  expect(createSql('postgres', { entities: writeEntities(model) }, 'words')).toContain('"name" VARCHAR(50) COLLATE "en_US.utf8" NOT NULL');
});

test("SQLite: a column's COLLATE is read from its line, BINARY as none, a CHECK's or a UNIQUE's is no column's", () => {
  const t = tableText(`CREATE TABLE t (a TEXT COLLATE NOCASE NOT NULL, "b" TEXT CHECK (b <> 'x' COLLATE NOCASE), c TEXT COLLATE BINARY,
    d TEXT COLLATE RTRIM, UNIQUE (c COLLATE NOCASE), CHECK (d <> 'y' COLLATE NOCASE))`);
  expect(Object.fromEntries(t.collations)).toEqual({ a: 'nocase', d: 'rtrim' });
});

test('a type changed by clicks keeps the collation where the new type takes one, and drops it where not', () => {
  const model = buildModel({ entities: 'Word: name:string(50):collate(utf8mb4_bin)', relations: [] });
  const to = (type: string) => writeEntities(applyEdit(model, { kind: 'type', entity: 'Word', field: 'name', type }).model);
  expect(to('string(80)')).toBe('Word: name:string(80):collate(utf8mb4_bin)');
  expect(to('integer')).toBe('Word: name:integer');
});

test('db-import: a collation the language refuses is left out of the field alone (its doc kept), one it takes is said', () => {
  const cat = emptyCatalog('postgres');
  const col = (name: string, collation: string) => ({ name, type: 'text', base: 'text', nullable: true, default: null, collation });
  cat.tables.push({ name: 'notes', columns: [{ name: 'id', type: 'bigint', base: 'bigint', nullable: false, default: null, identity: 'always' },
    { ...col('body', 'my coll'), comment: 'free text' }, col('tag', 'C')],
  primaryKey: { name: 'notes_pkey', columns: ['id'] }, uniques: [], indexes: [], foreignKeys: [], checks: [] });
  expect(draft(cat).entities).toBe("Note: body:text:optional:doc('free text'), tag:text:optional:collate(C), @timestamps(none)");
});
