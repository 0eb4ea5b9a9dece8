/**
 * safety online, a default dropped from a NOT NULL column (books.stock_count DEFAULT 0 → no default) on the real
 * PostgreSQL and MariaDB through dbmate: the old code's inserts leave the column out, so the default stays through the
 * expand and the contract drops it; the contract's down puts it back; every row kept.
 */
import { describeEachEngine } from '../support/engines.js';
import { expandContract } from './expand-run.js';

const OLD = "INSERT INTO books (title, isbn, pages, status, format, author_id) VALUES ('old', 'o-N', 1, 'live', 'paper', 1);";
const NEW = "INSERT INTO books (title, isbn, pages, status, format, author_id, stock_count) VALUES ('new', 'n-N', 1, 'live', 'paper', 1, 5);";
const insert = (sql: string, n: number) => sql.replace('-N', `-${n}`);

describeEachEngine('a default dropped online: kept until the contract', (db) => {
  test('the old code inserts through the expand; after the contract only the new code does; its down takes the old code back', async () => {
    let n = 0;
    await expandContract(db, 'dropDefault', async (e, at) => {
      if (at === 'expand' || at === 'contract down' || at === 'expand down') await e.exec(insert(OLD, ++n));
      else await expect(e.exec(insert(OLD, ++n))).rejects.toThrow(/stock_count/);
      await e.exec(insert(NEW, ++n));
      const rows = await e.query<{ s: unknown }>("SELECT stock_count AS s FROM books WHERE title IN ('old', 'new') ORDER BY id");
      expect(rows.map((r) => Number(r.s))).toEqual({ expand: [0, 5], contract: [0, 5, 5], 'contract down': [0, 5, 5, 0, 5],
        'expand down': [0, 5, 5, 0, 5, 0, 5] }[at]);
    });
  }, 120_000);
}, ['postgres', 'mysql']);
