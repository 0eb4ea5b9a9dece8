/**
 * Collations survive db-import on MariaDB: a utf8mb4_bin column (a key an FK points at with its own, a plain one)
 * and a latin1 table are read; a column's is said by `collate(…)` in the entity text (none in the residue), the
 * table's default by the residue (named in the report); the baseline + db/residue.sql on a fresh database give the
 * original's information_schema collations back. A
 * collation the migrations make theirs anyway (the database's utf8mb4 default) is no difference. Then db-verify:
 * no drift on the imported database, and a column's collation changed there by hand is named. On PostgreSQL the
 * same for columns of COLLATE "C" / "POSIX" (pg_attribute.attcollation other than their type's).
 */
import { describeEngine } from '../support/engines.js';
import { openReadable, type Readable } from '../support/readable.js';
import { verify } from '../../src/verify/run.js';
import { roundTrip, urlOf } from './roundtrip.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const entitiesOf = (dest: string): string => JSON.parse(readFileSync(join(dest, 'db/design.json'), 'utf8')).answers.entities;

const SQL = `CREATE TABLE codes (code varchar(20) COLLATE utf8mb4_bin NOT NULL PRIMARY KEY, label varchar(40) NOT NULL);
CREATE TABLE people (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(50) COLLATE utf8mb4_bin NOT NULL,
  note varchar(40), code varchar(20) COLLATE utf8mb4_bin,
  CONSTRAINT people_code FOREIGN KEY (code) REFERENCES codes (code));
CREATE TABLE legacy (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, title varchar(60) NOT NULL, body text,
  tag varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci, kind enum('a', 'b') NOT NULL DEFAULT 'a', meta json)
  DEFAULT CHARSET=latin1;`;

const COLLATIONS = `SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) AS name, COLLATION_NAME AS coll
  FROM information_schema.COLUMNS
  WHERE TABLE_SCHEMA = DATABASE() AND COLLATION_NAME IS NOT NULL
  UNION ALL SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1`;
/** The database's utf8mb4 default and the migrations' own are one: a table made without a collation gets the latter. */
const said = (rows: Record<string, unknown>[]) => Object.fromEntries(rows
  .filter((r) => !String(r.name).startsWith('schema_'))
  .map((r) => [r.name, String(r.coll).replace(/^utf8mb4_(general|unicode)_ci$/, 'utf8mb4 default')]));

describeEngine('mysql', 'db-import: collations', () => {
  test('a utf8mb4_bin column and a latin1 table: collate(…) in the design, the table\'s in the residue, the same back', async () => {
    const trip = await roundTrip('mysql', SQL, ['--runner', 'existing', '--existing', 'dbmate']);
    const fresh = await openReadable('mysql');
    const scratch = await openReadable('mysql');
    try {
      expect(trip.diffs).toEqual([]);
      const original = said(await trip.source.conn.query(COLLATIONS));
      expect(original).toMatchObject({
        'people.name': 'utf8mb4_bin', 'codes.code': 'utf8mb4_bin', 'legacy.meta': 'utf8mb4_bin',
        legacy: 'latin1_swedish_ci', 'legacy.title': 'latin1_swedish_ci', 'legacy.kind': 'latin1_swedish_ci',
        'legacy.tag': 'utf8mb4 default', 'people.note': 'utf8mb4 default',
      });
      await fresh.exec(trip.up);
      await fresh.exec(trip.residue);
      expect(said(await fresh.conn.query(COLLATIONS))).toEqual(original);
      const out = trip.run.out.join('\n');
      const text = entitiesOf(trip.dest);
      expect(text).toContain('name:string(50):collate(utf8mb4_bin)');
      expect(text).toMatch(/code:string\(20\):pk:collate\(utf8mb4_bin\)/);
      expect(text).toContain('title:string(60):collate(latin1_swedish_ci)');
      expect(text).toMatch(/body:text:optional:collate\(latin1_swedish_ci\)/);
      expect(text).toContain('kind:enum(a|b):default(a):collate(latin1_swedish_ci)');
      expect(text).toContain('meta:json:optional'); // MariaDB's JSON (LONGTEXT utf8mb4_bin + json_valid): json, its collation with it
      expect(text).not.toMatch(/note:[^,]*collate|tag:[^,]*collate/);
      expect(out).toContain('collation of table legacy: collation latin1_swedish_ci (the language gives the default)');
      expect(out).not.toMatch(/column [a-z]+\.[a-z]+: collation/);
      expect(trip.residue).not.toMatch(/MODIFY COLUMN `(name|code|title|body)`/);
      expect(trip.residue).toContain('ALTER TABLE `legacy` DEFAULT COLLATE = latin1_swedish_ci;');
      // db-verify: the imported database, its baseline marked applied, shows no drift; a collation changed by hand does
      const lines = trip.run.out;
      const from = lines.findIndex((l) => l.endsWith("<<'SQL'"));
      await trip.source.exec(lines.slice(from + 1, lines.indexOf('SQL', from)).join('\n'));
      const check = async () => {
        const printed: string[] = [];
        const env = { ...process.env, DATABASE_URL: urlOf('mysql', scratch) };
        const say = (l: string) => printed.push(l);
        const url = urlOf('mysql', trip.source);
        await verify({ dest: trip.dest, url, json: false, env, say, adopt: false, revert: false });
        return printed.join('\n');
      };
      expect(await check()).toMatch(/^drift +ok: .* matches the migrations/m);
      await trip.source.exec('ALTER TABLE people MODIFY COLUMN note varchar(40) COLLATE utf8mb4_bin NULL;');
      expect(await check()).toMatch(/column people\.note: collation: live "utf8mb4_bin" \/ migrations null/);
    } finally {
      await Promise.all([trip.source.close(), fresh.close(), scratch.close()]);
    }
  }, 240_000);
});

const PG = `CREATE TABLE words (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, word text COLLATE "C" NOT NULL,
  plain text, code varchar(10) COLLATE "POSIX" UNIQUE);`;
const PG_COLLATIONS = `SELECT c.relname || '.' || a.attname AS name, co.collname AS coll FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_collation co ON co.oid = a.attcollation
  WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 ORDER BY 1`;

describeEngine('postgres', 'db-import: collations', () => {
  test('COLLATE "C" and "POSIX" columns: collate(…) in the design, no residue, the same attcollation back', async () => {
    const trip = await roundTrip('postgres', PG);
    const fresh = await openReadable('postgres');
    try {
      expect(trip.diffs).toEqual([]);
      const original = await trip.source.conn.query(PG_COLLATIONS);
      expect(original).toEqual([{ name: 'words.code', coll: 'POSIX' }, { name: 'words.plain', coll: 'default' },
        { name: 'words.word', coll: 'C' }]);
      await fresh.exec(trip.up);
      await fresh.exec(trip.residue);
      expect(await fresh.conn.query(PG_COLLATIONS)).toEqual(original);
      const out = trip.run.out.join('\n');
      expect(entitiesOf(trip.dest)).toMatch(/^Word: word:text:collate\(C\), plain:text:optional, code:string\(10\):optional:unique:collate\(POSIX\)/);
      expect(out).toContain('Residue: none; the design says everything');
      expect(trip.residue).not.toContain('COLLATE');
    } finally {
      await Promise.all([trip.source.close(), fresh.close()]);
    }
  }, 240_000);
});
