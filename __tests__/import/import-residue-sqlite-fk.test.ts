/**
 * SQLite keeps an FK inside its table's CREATE TABLE: an imported books with an FK of two columns to covers is kept
 * whole in the residue (rebuilt from its text). db-change dropping Cover alone through the built bin stops on one
 * line with the ways on (keep the entity, drop books in the same change, or take the FK out of books first), nothing
 * written; dropping both in one change works on the live file: up, down (both tables back as they were), up again.
 * Before, the line said only "keep the entity, or change or take out that object".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { runBin } from '../support/bin-run.js';
import type { Catalog } from '../../src/catalog/types.js';
import { onSqliteFile, PKG, roundTrip } from './roundtrip.js';

const ORIGINAL = `CREATE TABLE covers (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, url TEXT NOT NULL, UNIQUE (id, kind));
CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL, art_no INTEGER, art_kind TEXT,
  FOREIGN KEY (art_no, art_kind) REFERENCES covers (id, kind));`;
const file = (dest: string, p: string) => readFileSync(join(dest, p), 'utf8');
const bare = (c: Catalog) => ({ ...c, tables: c.tables.map(({ sql: _, ...t }) => t) });
function change(dest: string, entities: string, replace: string[] = []) {
  const spec = join(dest, 'change.json');
  writeFileSync(spec, JSON.stringify({ entities, relations: [], allowDestructive: true, replace }));
  return runBin(PKG, ['db-change', '--', '--spec', spec, '--dest', dest], dest);
}

describeEngine('sqlite', 'db-change dropping a table a SQLite residue table has an FK to', () => {
  test('alone: one line with the ways on; with books in the same change: up, down, up on the live file', async () => {
    const trip = await roundTrip('sqlite', ORIGINAL);
    try {
      const design = JSON.parse(file(trip.dest, 'db/design.json'));
      expect(design.residue.map((o: { kind: string; name: string }) => `${o.kind} ${o.name}`)).toEqual(['table books']);
      const before = file(trip.dest, 'db/design.json');
      const lines = (design.answers.entities as string).split('\n');
      const refused = change(trip.dest, lines.filter((l) => !l.startsWith('Cover:')).join('\n'));
      expect(refused.status).not.toBe(0);
      expect(refused.err).toEqual([expect.stringMatching(/^\[ERROR\] db-change: dropping table covers leaves table books of the residue .*names covers .*SQLite keeps an FK inside it.*; either keep the entity, or drop books in the same change, or first take what names covers out of books .*, then drop covers$/)]);
      expect(file(trip.dest, 'db/design.json')).toBe(before);
      const was = await onSqliteFile(trip.file!, 'SELECT 1;');
      const run = change(trip.dest, 'Shelf: name:string(40)', ['Book', 'Cover']);
      expect(run.err).toEqual([]);
      const m = JSON.parse(file(trip.dest, 'db/design.json')).migrations[1];
      const [up, down] = [file(trip.dest, m.up), file(trip.dest, m.down)];
      const after = await onSqliteFile(trip.file!, up);
      expect(after.tables.map((t) => t.name)).toEqual(['shelves']);
      expect(bare(await onSqliteFile(trip.file!, down))).toEqual(bare(was));
      expect(bare(await onSqliteFile(trip.file!, up))).toEqual(bare(after));
    } finally { await trip.source.close(); }
  }, 120000);
});
