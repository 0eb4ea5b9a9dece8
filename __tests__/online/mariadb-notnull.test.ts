/**
 * NOT NULL without a backfill ("stop if NULLs"), online, on the real MariaDB: InnoDB does it in place, writes going
 * on (ALGORITHM=INPLACE, LOCK=NONE: the engine refuses rather than locks), but rebuilds the table (INSTANT and
 * NOCOPY refused). The file says so, not that it copies the table; its ALTERs run with rows, up, down and up again,
 * every row kept.
 */
import { SEED, specOf, type Case } from '../change-cases.js';
import { describeEngine } from '../support/engines.js';
import { planChange } from '../../src/change/plan.js';
import { ALL, dbmate, onMariadb, write } from './project.js';

const NOT_NULL: Case = { lines: { Book: ALL.setNotNullBackfill.lines!.Book }, extra: { backfill: { 'Book.subtitle': 'fail' } }, kinds: ['alterColumn'] };
const ROWS = 'SELECT id, title, subtitle FROM books ORDER BY id';

describeEngine('mysql', 'MariaDB online: NOT NULL without a backfill is in place', () => {
  test('the line says in place (not a copy); INPLACE, LOCK=NONE runs with rows, INSTANT is refused; up, down, up keep the rows', async () => {
    await onMariadb('mnotnull', `${SEED}\nUPDATE books SET subtitle = 'none' WHERE subtitle IS NULL;`, async (p, e, url) => {
      const change = planChange(p.design, specOf(NOT_NULL), p.dir, new Date(Date.UTC(2026, 5, 2)));
      write(p.dir, change.files);
      const sql = change.files.find((f) => f.path.startsWith('db/migrations/'))!.body;
      expect(sql).not.toMatch(/copies the table/);
      expect(sql).toMatch(/^-- ONLINE: books: MODIFY COLUMN subtitle NOT NULL rebuilds the table in place \(ALGORITHM=INPLACE, LOCK=NONE: writes go on;/m);
      const [up, down] = sql.split('-- migrate:down');
      expect(up).toMatch(/MODIFY COLUMN `subtitle` TEXT NOT NULL,\n {2}ALGORITHM=INPLACE, LOCK=NONE;/);
      expect(down).toMatch(/MODIFY COLUMN `subtitle` TEXT NULL,\n {2}ALGORITHM=INPLACE, LOCK=NONE;/);
      const rows = await e.query(ROWS);
      // what the words say: not instant (a rebuild), but no copy either way it could lock
      for (const how of ['INSTANT', 'NOCOPY']) {
        await expect(e.exec(`ALTER TABLE books MODIFY COLUMN subtitle TEXT NOT NULL, ALGORITHM=${how};`)).rejects.toThrow(/not supported/);
      }
      dbmate(p.dir, url, 'migrate');
      const nullable = () => e.query<{ n: string }>("SELECT IS_NULLABLE AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() " +
        "AND TABLE_NAME = 'books' AND COLUMN_NAME = 'subtitle'");
      expect(await nullable()).toEqual([{ n: 'NO' }]);
      dbmate(p.dir, url, 'rollback');
      expect(await nullable()).toEqual([{ n: 'YES' }]);
      dbmate(p.dir, url, 'migrate');
      expect(await nullable()).toEqual([{ n: 'NO' }]);
      expect(await e.query(ROWS)).toEqual(rows);
    });
  }, 120_000);
});
