/**
 * What the language cannot say stays in the residue, and the report tells it as it is: a table with a generated
 * column amid its columns is created whole by the residue (the language has no generated columns, and a column the
 * residue adds comes last), so its relations are not told as recognised; one at the end is the residue's ADD COLUMN. A
 * partial index the language would make otherwise (its cast taken off) stays in the residue, made from its own text.
 * A sequence of the residue keeps its type (`AS integer`: the catalogs compare it), and the baseline's down drops what the
 * residue made of its own (the whole table, the sequence): up + residue → down leaves nothing; up again. The real PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { openReadable } from '../support/readable.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { roundTrip } from './roundtrip.js';

const SQL = `CREATE TABLE shops (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, qty integer NOT NULL,
  total integer GENERATED ALWAYS AS (qty * 2) STORED, shop_id bigint NOT NULL REFERENCES shops (id), note text);
CREATE TABLE tails (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, shop_id bigint NOT NULL REFERENCES shops (id),
  qty integer NOT NULL, twice integer GENERATED ALWAYS AS (qty * 2) STORED);
CREATE INDEX tails_shop_id ON tails (shop_id);
CREATE SEQUENCE counter_seq AS integer START 5;
CREATE TABLE things (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, qty integer NOT NULL);
CREATE INDEX ix_things_qty_partial ON things (qty) WHERE qty::smallint > 3;`;

describeEngine('postgres', 'db-import: generated columns and sequences, told as they are', () => {
  test('the whole table in the residue, not among the relations; the sequence AS integer; the round trip exact', async () => {
    const trip = await roundTrip('postgres', SQL);
    try {
      expect(trip.diffs).toEqual([]);
      const out = trip.run.out.join('\n');
      expect(out).toMatch(/: 3 entities, 1 relations recognised\n {2}one-to-many {2}Shop → Tail \(shop_id\)\nResidue/);
      expect(out).toContain('table orders: generated column total amid its columns (the language has no generated columns');
      expect(out).toContain('column tails.twice: a generated column (the language has none)');
      expect(out).toContain('index things ix_things_qty_partial: the language cannot say it');
      expect(JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8')).answers.entities).not.toContain('where(');
      expect(trip.residue).toContain('CREATE SEQUENCE IF NOT EXISTS "counter_seq" AS integer START 5');
      const design = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8'));
      const down = readFileSync(join(trip.dest, design.migrations[0].down), 'utf8');
      const db = await openReadable('postgres');
      try {
        for (const sql of [trip.up, trip.residue, down]) await db.exec(sql);
        const left = await dialectOf('postgres').readCatalog(db.conn);
        expect([...left.tables, ...left.sequences, ...left.routines].map((x) => x.name)).toEqual([]);
        await db.exec(trip.up); // and up again
        expect((await dialectOf('postgres').readCatalog(db.conn)).tables.map((t) => t.name).sort()).toEqual(['shops', 'tails', 'things']);
      } finally {
        await db.close();
      }
    } finally {
      await trip.source.close();
    }
  }, 180000);
});
