/**
 * The MySQL dialect's "drop this FK if it is there" (what a dropped table's residue FKs ride on, residue-depends.ts)
 * and "add it if missing", on the real MariaDB: run twice, the second a no-op; neither is written with MariaDB's own
 * IF [NOT] EXISTS for FKs, which MySQL 8 refuses (a syntax error there). Before, the drop was
 * `ALTER TABLE … DROP FOREIGN KEY IF EXISTS …`.
 */
import { describeEngine, openEngine, type Engine } from '../support/engines.js';
import { dialectOf } from '../../src/dialects/registry.js';

const mysql = dialectOf('mysql');
const TABLES = `CREATE TABLE covers (id bigint NOT NULL PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE books (id bigint NOT NULL PRIMARY KEY, cover_id bigint, KEY books_cover_ix (cover_id)) ENGINE=InnoDB;`;
const fks = async (e: Engine) => (await e.catalog()).tables.books.foreignKeys.map((f) => f.name);

describeEngine('mysql', 'MySQL dialect: an FK dropped if there, added if missing', () => {
  test('twice each on MariaDB; no IF EXISTS that MySQL 8 refuses', async () => {
    const drop = mysql.replay.dropForeignKeyIfAny!('books', 'books_cover');
    const [add] = mysql.emit.addForeignKey({ kind: 'addForeignKey', table: 'books', fk: { name: 'books_cover', column: 'cover_id',
      refTable: 'covers', refColumn: 'id', onDelete: 'restrict' } } as never);
    for (const sql of [drop, add]) expect(sql).not.toMatch(/FOREIGN KEY IF (NOT )?EXISTS|ADD CONSTRAINT IF NOT EXISTS/i);
    const e = await openEngine('mysql');
    try {
      await e.exec(TABLES);
      await e.exec(add);
      await e.exec(add);
      expect(await fks(e)).toEqual(['books_cover']);
      await e.exec(drop);
      expect(await fks(e)).toEqual([]);
      await e.exec(drop);
      expect(await fks(e)).toEqual([]);
    } finally { await e.close(); }
  });
});
