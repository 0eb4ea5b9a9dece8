/** The SQL of change statements, per dialect side by side (each also runs on the engines in change-engines.test.ts). */
import type { DialectId } from '../../src/dialects/dialect.js';
import { CASES, base, change } from '../change-cases.js';

const lines = (sql: string) => sql.split('\n').filter((l) => l && !l.startsWith('--') && l !== 'SET NAMES utf8mb4;');
/** The statements (no BEGIN … COMMIT in kei-migrate's layout: its runner wraps each file; asserted below) */
const body = (sql: string) => lines(sql).join('\n');
const upOf = (db: DialectId, name: string) => body(change(base(db), CASES[name]).up!);
const downOf = (db: DialectId, name: string) => body(change(base(db), CASES[name]).down!);

const EXPECTED: Record<string, Record<DialectId, string>> = {
  intToBigint: {
    postgres: 'ALTER TABLE "books"\n  ALTER COLUMN "pages" TYPE BIGINT USING "pages"::BIGINT;',
    mysql: 'ALTER TABLE `books`\n  MODIFY COLUMN `pages` BIGINT NOT NULL;',
    sqlite: '',
  },
  renameColumn: {
    postgres: 'ALTER TABLE "books" RENAME COLUMN "title" TO "headline";',
    mysql: 'ALTER TABLE `books` RENAME COLUMN `title` TO `headline`;',
    sqlite: 'ALTER TABLE "books" RENAME COLUMN "title" TO "headline";',
  },
  addUnique: {
    postgres: 'ALTER TABLE "authors" ADD CONSTRAINT "uq_authors_name" UNIQUE ("name");',
    mysql: [ // the rows checked first (MySQL cannot roll back DDL): no repeated name, none over the VARCHAR(255) the key retypes it to
      'DROP TEMPORARY TABLE IF EXISTS `_db_scaffold_data_checks`;', 'CREATE TEMPORARY TABLE `_db_scaffold_data_checks` (',
      '  `c1` BIGINT NOT NULL, CONSTRAINT `authors: rows repeat name (uq_authors_name)` CHECK (`c1` = 0),',
      '  `c2` BIGINT NOT NULL, CONSTRAINT `authors.name holds a value over 255 characters` CHECK (`c2` = 0)', ');',
      'INSERT INTO `_db_scaffold_data_checks` SELECT',
      '  (SELECT COUNT(*) FROM (SELECT 1 FROM `authors` WHERE `name` IS NOT NULL GROUP BY `name` HAVING COUNT(*) > 1) AS `_dup`),',
      '  (SELECT COUNT(*) FROM `authors` WHERE CHAR_LENGTH(`name`) > 255);', 'DROP TEMPORARY TABLE `_db_scaffold_data_checks`;',
      'ALTER TABLE `authors`', '  MODIFY COLUMN `name` VARCHAR(255) NOT NULL,', '  ADD UNIQUE KEY `uq_authors_name` (`name`);',
    ].join('\n'),
    sqlite: '',
  },
  setNotNullBackfill: {
    postgres: 'ALTER TABLE "books" DISABLE TRIGGER "trg_books_updated_at";\nUPDATE "books" SET "subtitle" = \'none\' WHERE "subtitle" IS NULL;\n' +
      'ALTER TABLE "books" ENABLE TRIGGER "trg_books_updated_at";\nALTER TABLE "books"\n  ALTER COLUMN "subtitle" SET NOT NULL;',
    mysql: 'UPDATE `books` SET `subtitle` = \'none\', `updated_at` = `updated_at` WHERE `subtitle` IS NULL;\nALTER TABLE `books`\n  MODIFY COLUMN `subtitle` TEXT NOT NULL;',
    sqlite: '',
  },
};

test.each(Object.keys(EXPECTED))('%s: no BEGIN of its own (kei-migrate runs each file in a transaction; MySQL cannot roll back DDL)', (name) => {
  for (const f of ['up', 'down'] as const) {
    for (const db of ['postgres', 'mysql'] as const) expect(lines(change(base(db), CASES[name])[f]!)).not.toContain('BEGIN;');
  }
});

describe.each(Object.keys(EXPECTED))('%s', (name) => {
  test.each(['postgres', 'mysql'] as DialectId[])('%s', (db) => expect(upOf(db, name)).toBe(EXPECTED[name][db]));
  test('sqlite', () => {
    const want = EXPECTED[name].sqlite;
    if (want) expect(upOf('sqlite', name)).toBe(want);
    else expect(upOf('sqlite', name)).toMatch(/^PRAGMA foreign_keys = OFF;\n[\s\S]*\nBEGIN;\n[\s\S]*INSERT INTO "__new_\w+"[\s\S]*\nCOMMIT;\nDROP TABLE temp\."_db_scaffold_rebuild";\nPRAGMA foreign_keys = ON;$/);
  });
});

test('text into VARCHAR has no USING on PostgreSQL: a value too long aborts instead of being cut', () => {
  expect(upOf('postgres', 'textToString')).toBe('ALTER TABLE "books"\n  ALTER COLUMN "title" TYPE VARCHAR(255);');
  expect(downOf('postgres', 'textToString')).toBe('ALTER TABLE "books"\n  ALTER COLUMN "title" TYPE TEXT USING "title"::TEXT;');
});

test('SQLite: every change to one table is one rebuild', () => {
  const up = change(base('sqlite'), CASES.enumToText).up!;
  expect(up.match(/^-- Rebuild "books" \(drop ck_books_status_allowed, change status\)/gm)).toHaveLength(1);
  expect(up.match(/^PRAGMA foreign_keys = OFF;$/gm)).toHaveLength(1);
});
