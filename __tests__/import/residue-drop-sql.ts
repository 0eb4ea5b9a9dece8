/**
 * The originals of import-residue-drop.test.ts: covers, and what the language cannot say that depends on it
 * without being on it: an FK of two columns from books (not on SQLite), a view over covers, a view over that view; and code that
 * names covers (PostgreSQL: a function; MariaDB, SQLite: a trigger on books), which db-change cannot rewrite.
 */
import type { ServerId } from './roundtrip.js';

// the collation the product makes its tables in: the down's covers comes back in it, and an FK over text needs both sides
// alike (a server default such as utf8mb4_general_ci: errno 150 until db-import keeps the live collation)
const UNICODE_CI = 'DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
const TABLES: Record<ServerId, string> = {
  postgres: `CREATE TABLE covers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind varchar(10) NOT NULL,
  url varchar(200) NOT NULL, CONSTRAINT covers_id_kind UNIQUE (id, kind));
CREATE TABLE books (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title varchar(200) NOT NULL, art_no bigint,
  art_kind varchar(10), CONSTRAINT books_cover FOREIGN KEY (art_no, art_kind) REFERENCES covers (id, kind));`,
  mysql: `CREATE TABLE covers (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, kind varchar(10) NOT NULL,
  url varchar(200) NOT NULL, CONSTRAINT covers_id_kind UNIQUE (id, kind)) ENGINE=InnoDB ${UNICODE_CI};
CREATE TABLE books (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, title varchar(200) NOT NULL, art_no bigint,
  art_kind varchar(10), CONSTRAINT books_cover FOREIGN KEY (art_no, art_kind) REFERENCES covers (id, kind)) ENGINE=InnoDB ${UNICODE_CI};`,
  // SQLite keeps an FK in its table's text: the residue rebuilds books from it, code db-change cannot rewrite
  sqlite: `CREATE TABLE covers (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, url TEXT NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL, art_no INTEGER, art_kind TEXT);`,
};

const VIEWS = `CREATE VIEW cover_urls AS SELECT id, url FROM covers;
CREATE VIEW urls_counted AS SELECT count(*) AS n FROM cover_urls;`;

/** The code naming covers, and how to take it off the database. */
export const CODE: Record<ServerId, { sql: string; drop: string; kind: string; name: string }> = {
  postgres: { sql: "CREATE FUNCTION covers_total() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM covers';",
    drop: 'DROP FUNCTION covers_total();', kind: 'function', name: 'covers_total' },
  mysql: { sql: 'CREATE TRIGGER books_cover_ins BEFORE INSERT ON books FOR EACH ROW SET NEW.art_kind = (SELECT max(kind) FROM covers);',
    drop: 'DROP TRIGGER books_cover_ins;', kind: 'trigger', name: 'books_cover_ins on books' },
  sqlite: { sql: 'CREATE TRIGGER books_cover_ins AFTER INSERT ON books BEGIN UPDATE covers SET url = url; END;',
    drop: 'DROP TRIGGER books_cover_ins;', kind: 'trigger', name: 'books_cover_ins on books' },
};

export const original = (id: ServerId, code: boolean) => [TABLES[id], VIEWS, ...(code ? [CODE[id].sql] : [])].join('\n');
