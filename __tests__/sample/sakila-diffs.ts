/**
 * Where the transcription's catalog differs from the original Sakila, and why. docs/language.md lists the same
 * entries (sakila.test.ts checks that every one is listed there and that each is still a real difference).
 */
type Db = 'postgres' | 'mysql' | 'sqlite';

export interface TypeRule { type: string; db: Db; ours: string; why: string }
export interface ColumnDiff { where: string; ours?: Partial<Record<Db, string>>; nullable?: boolean; why: string }

/** Every column of an original type, on one engine. */
export const TYPE_RULES: TypeRule[] = [
  { type: 'int unsigned', db: 'mysql', ours: 'int(11)', why: 'the language has no unsigned integers (PostgreSQL and SQLite have none)' },
  { type: 'smallint unsigned', db: 'mysql', ours: 'smallint(6)', why: 'the language has no unsigned integers' },
  { type: 'timestamp', db: 'mysql', ours: 'datetime', why: 'last_update is an ordinary datetime column defaulting to now; TIMESTAMP … ON UPDATE CURRENT_TIMESTAMP comes only with the automatic updated_at' },
  { type: 'datetime', db: 'postgres', ours: 'timestamp with time zone', why: 'datetime is an instant: TIMESTAMPTZ on PostgreSQL' },
  { type: 'mediumblob', db: 'mysql', ours: 'longblob', why: 'binary has one size: LONGBLOB' },
];

/** Single columns. */
export const COLUMN_DIFFS: ColumnDiff[] = [
  { where: 'film.release_year', ours: { mysql: 'smallint(6)', sqlite: 'smallint' }, why: 'no YEAR type: smallint' },
  { where: 'film.rental_duration', ours: { mysql: 'smallint(6)', sqlite: 'smallint' }, why: 'no TINYINT: smallint' },
  { where: 'film.rating', ours: { mysql: 'varchar(16)', postgres: 'text' }, why: 'enum(…) is a text column with a CHECK of the allowed values (the same on every engine), not a native ENUM' },
  { where: 'film.special_features', ours: { mysql: 'text', postgres: 'text' }, why: 'no SET type: text' },
  { where: 'staff.store_id', nullable: true, why: 'staff and store point at each other; the FK that closes the cycle is NULL-allowed so a first row can be inserted (the original loads with FOREIGN_KEY_CHECKS=0)' },
];

/** Differences the catalog checks do not see, listed in docs/language.md too. */
export const OTHER_DIFFS = [
  'ON UPDATE CASCADE', 'FULLTEXT', 'MyISAM', 'utf8mb4', 'index and constraint names', 'views, triggers, stored procedures',
];
