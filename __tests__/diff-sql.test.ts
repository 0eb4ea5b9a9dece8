/** The SQL of an added FK column, per dialect side by side; SQLite's drop is the table rebuild. */
import type { DialectId } from '../src/dialects/dialect.js';
import { dialectOf, emitStatement } from '../src/dialects/registry.js';
import { invert, type Statement } from '../src/model/statements.js';
import { planDiff } from '../src/diff/plan.js';
import { compileFor } from '../src/core/design.js';
import { addEntities } from '../src/model/additions.js';
import { init } from './entity-cases.js';
import { sqliteTransaction } from '../src/dialects/sqlite/transaction.js';

function addBranch(db: DialectId): Extract<Statement, { kind: 'addColumn' }> {
  const d = init(db).design;
  const merged = addEntities(d.model!, d.schema!, 'Branch: name', [{ from: 'Branch', to: 'Book', kind: 'one-to-many' }]);
  const { up } = planDiff(d.schema!, compileFor(merged.model, { db, scale: 'team' }), dialectOf(db).caps);
  return up.find((s): s is Extract<Statement, { kind: 'addColumn' }> => s.kind === 'addColumn')!;
}

const sql = (db: DialectId, s: Statement) => emitStatement(dialectOf(db), s);

const EXPECTED: Record<DialectId, { up: string[]; down: string[] }> = {
  postgres: {
    up: [
      'ALTER TABLE "books"\n  ADD COLUMN "branch_id" BIGINT,\n  ADD CONSTRAINT "fk_books_branch_id" FOREIGN KEY ("branch_id") REFERENCES "branches" ("id") ON DELETE RESTRICT;',
      'CREATE INDEX IF NOT EXISTS "ix_books_branch_id" ON "books" ("branch_id");',
    ],
    down: [
      'DROP INDEX IF EXISTS "ix_books_branch_id";',
      'ALTER TABLE "books"\n  DROP CONSTRAINT IF EXISTS "fk_books_branch_id",\n  DROP COLUMN IF EXISTS "branch_id";',
    ],
  },
  mysql: {
    up: [
      'ALTER TABLE `books`\n  ADD COLUMN `branch_id` BIGINT UNSIGNED NULL,\n  ADD KEY `ix_books_branch_id` (`branch_id`),\n' +
        '  ADD CONSTRAINT `fk_books_branch_id` FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`) ON DELETE RESTRICT;',
    ],
    down: [
      'ALTER TABLE `books` DROP FOREIGN KEY `fk_books_branch_id`;',
      'ALTER TABLE `books`\n  DROP INDEX `ix_books_branch_id`,\n  DROP COLUMN `branch_id`;',
    ],
  },
  sqlite: {
    up: [
      'ALTER TABLE "books" ADD COLUMN "branch_id" INTEGER CONSTRAINT "fk_books_branch_id" REFERENCES "branches" ("id") ON DELETE RESTRICT;',
      'CREATE INDEX IF NOT EXISTS "ix_books_branch_id" ON "books" ("branch_id");',
    ],
    down: [], // the rebuild, checked below
  },
};

describe.each(Object.keys(EXPECTED) as DialectId[])('%s', (db) => {
  const add = addBranch(db);
  test('add column: NULL allowed, FK and index; no MariaDB-only syntax', () => {
    expect(sql(db, add)).toEqual(EXPECTED[db].up);
  });
  if (db === 'mysql') {
    test('MySQL 8 syntax: no IF [NOT] EXISTS inside ALTER TABLE (MariaDB-only)', () => {
      expect([...sql(db, add), ...sql(db, invert(add))].join('\n')).not.toMatch(/(ADD|DROP) (COLUMN|INDEX|KEY|FOREIGN KEY|CONSTRAINT) IF/);
    });
  }
  if (db !== 'sqlite') test('drop column: the inverse', () => expect(sql(db, invert(add))).toEqual(EXPECTED[db].down));
});

describe('SQLite drop of a column with a FK: the table-rebuild recipe', () => {
  const text = sqliteTransaction(sql('sqlite', invert(addBranch('sqlite'))).join('\n\n')); // as the file frames it
  const order = [
    'PRAGMA foreign_keys = OFF;',
    'INSERT INTO "_db_scaffold_rebuild" SELECT 1 FROM pragma_foreign_keys WHERE "foreign_keys" = 1;',
    'BEGIN;',
    'CREATE TABLE "__new_books" (',
    'INSERT INTO "__new_books" ("id", "title", "isbn", "price_amount", "author_id", "created_at", "updated_at") SELECT',
    'DROP TABLE "books";',
    'ALTER TABLE "__new_books" RENAME TO "books";',
    'CREATE INDEX IF NOT EXISTS "ix_books_author_id" ON "books" ("author_id");',
    'CREATE TRIGGER IF NOT EXISTS "trg_books_updated_at"',
    'INSERT INTO "_db_scaffold_rebuild" SELECT 2 FROM pragma_foreign_key_check LIMIT 1;',
    'COMMIT;',
    'PRAGMA foreign_keys = ON;',
  ];
  test('foreign keys off outside the transaction, new table, copy, drop, rename, indexes, trigger, check', () => {
    const at = order.map((line) => text.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.split('\n').slice(1).join('\n')).not.toContain('branch_id');
  });
  test('the guard aborts (RAISE ABORT) when foreign keys stay on, and rolls back on a broken reference', () => {
    expect(text).toMatch(/WHEN NEW\."step" = 1\nBEGIN SELECT RAISE\(ABORT, 'rebuild of books needs PRAGMA foreign_keys=OFF/);
    expect(text).toMatch(/WHEN NEW\."step" = 2\nBEGIN SELECT RAISE\(ROLLBACK, /);
  });
});
