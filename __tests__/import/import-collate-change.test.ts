/**
 * The column collation db-import reads is the design's `collate(…)`, so a later db-change keeps it: a utf8mb4_bin
 * name widened to string(80) stays utf8mb4_bin on MariaDB (up and down, on the database imported), with no residue
 * left to put the old varchar(50) back on a fresh replay; with orm prisma (no collation there) the residue keeps it.
 * SQLite: COLLATE NOCASE is read and said as collate(nocase).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { openReadable } from '../support/readable.js';
import { runBin } from '../support/bin-run.js';
import { tempDir } from '../support/temp.js';
import { PKG, roundTrip, urlOf } from './roundtrip.js';

const SQL = `CREATE TABLE people (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(50) COLLATE utf8mb4_bin NOT NULL,
  note varchar(40));`;
const NAME = `SELECT COLLATION_NAME AS coll, CHARACTER_MAXIMUM_LENGTH AS len FROM information_schema.COLUMNS
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'people' AND COLUMN_NAME = 'name'`;
const design = (dest: string) => JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8'));

describeEngine('mysql', 'db-import → db-change: a column collation kept', () => {
  test('utf8mb4_bin: collate(…) in the design, widened by db-change with its collation, no residue', async () => {
    const trip = await roundTrip('mysql', SQL, ['--runner', 'existing', '--existing', 'dbmate']);
    const fresh = await openReadable('mysql');
    try {
      expect(trip.diffs).toEqual([]);
      const text: string = design(trip.dest).answers.entities;
      expect(text).toBe('Person: id:integer, name:string(50):collate(utf8mb4_bin), note:string(40):optional, @timestamps(none)');
      expect(existsSync(join(trip.dest, 'db', 'residue.sql'))).toBe(false);
      const spec = join(trip.dest, 'change.json');
      writeFileSync(spec, JSON.stringify({ entities: text.replace('string(50)', 'string(80)'), relations: [] }));
      const run = runBin(PKG, ['db-change', '--', '--spec', spec, '--dest', trip.dest], trip.dest);
      expect(run.err).toEqual([]);
      expect(run.status).toBe(0);
      const after = design(trip.dest);
      expect(after.residue ?? []).toEqual([]);
      expect(existsSync(join(trip.dest, 'db', 'residue.sql'))).toBe(false);
      const [up, down] = readFileSync(join(trip.dest, after.migrations[1].up), 'utf8').split(/^-- migrate:down/m);
      expect(up).toContain('MODIFY COLUMN `name` VARCHAR(80) COLLATE utf8mb4_bin NOT NULL');
      await trip.source.exec(up);
      expect(await trip.source.conn.query(NAME)).toEqual([{ coll: 'utf8mb4_bin', len: 80 }]);
      await trip.source.exec(down);
      expect(await trip.source.conn.query(NAME)).toEqual([{ coll: 'utf8mb4_bin', len: 50 }]);
      // a fresh database: the baseline, then the change (no residue after it)
      await fresh.exec(trip.up);
      await fresh.exec(up);
      expect(await fresh.conn.query(NAME)).toEqual([{ coll: 'utf8mb4_bin', len: 80 }]);
    } finally {
      await Promise.all([trip.source.close(), fresh.close()]);
    }
  }, 240_000);

  test('orm prisma (prisma migrate has no collation): imported all the same, the collation in the residue', async () => {
    const source = await openReadable('mysql');
    try {
      await source.exec(SQL);
      const dest = tempDir('import-prisma');
      const run = runBin(PKG, ['db-import', '--', '--url', urlOf('mysql', source), '--orm', 'prisma', '--dest', dest], dest);
      expect(run.err).toEqual([]);
      expect(design(dest).answers.entities).not.toContain('collate(');
      expect(readFileSync(join(dest, 'db', 'residue.sql'), 'utf8')).toContain('MODIFY COLUMN `name` varchar(50) COLLATE utf8mb4_bin NOT NULL');
    } finally {
      await source.close();
    }
  }, 240_000);
});

describeEngine('sqlite', 'db-import: COLLATE NOCASE', () => {
  test('read from the table text, said as collate(nocase), made again by the baseline', async () => {
    const trip = await roundTrip('sqlite', `CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE NOT NULL,
      code TEXT COLLATE rtrim, plain TEXT COLLATE BINARY);`);
    try {
      expect(trip.original.tables[0].columns.map((c) => c.collation)).toEqual([undefined, 'nocase', 'rtrim', undefined]);
      expect(trip.diffs).toEqual([]);
      expect(design(trip.dest).answers.entities).toMatch(/name:text:collate\(nocase\), code:text:optional:collate\(rtrim\), plain:text:optional,/);
      expect(trip.up).toContain('"name" TEXT COLLATE NOCASE NOT NULL');
      expect(trip.residue).toBe('');
    } finally {
      await trip.source.close();
    }
  }, 240_000);
});
