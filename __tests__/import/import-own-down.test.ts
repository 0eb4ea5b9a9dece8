/**
 * The baseline's down of an imported design drops what the residue made of its own, before the tables go: on MariaDB
 * a table created whole (no primary key, an FK to an entity's table) and a sequence; up + residue → down leaves
 * nothing, and up runs again (the real MariaDB; PostgreSQL: import-own-generated.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { openReadable } from '../support/readable.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { roundTrip } from './roundtrip.js';

const SQL = `CREATE TABLE shops (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, name text NOT NULL);
CREATE TABLE notes (body text, shop_id bigint, KEY notes_shop (shop_id), FOREIGN KEY (shop_id) REFERENCES shops (id));
CREATE SEQUENCE counter_seq START WITH 5;`;

describeEngine('mysql', "db-import: the baseline's down takes the residue's own objects", () => {
  test('up + residue → down leaves no table or sequence; up again', async () => {
    const trip = await roundTrip('mysql', SQL);
    try {
      expect(trip.diffs).toEqual([]);
      expect(trip.run.out.join('\n')).toContain('table notes: a table without a primary key');
      const design = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8'));
      const down = readFileSync(join(trip.dest, design.migrations[0].down), 'utf8');
      expect(down).toMatch(/DROP TABLE IF EXISTS `notes`;[\s\S]*DROP SEQUENCE IF EXISTS `counter_seq`;[\s\S]*DROP TABLE IF EXISTS `shops`/);
      const db = await openReadable('mysql');
      try {
        for (const sql of [trip.up, trip.residue, down]) await db.exec(sql);
        const left = await dialectOf('mysql').readCatalog(db.conn);
        expect([...left.tables, ...left.sequences].map((x) => x.name)).toEqual([]);
        await db.exec(trip.up);
        expect((await dialectOf('mysql').readCatalog(db.conn)).tables.map((t) => t.name)).toEqual(['shops']);
      } finally {
        await db.close();
      }
    } finally {
      await trip.source.close();
    }
  }, 180000);
});
