/**
 * db-import of SQLite's covers with a view over it (the whole residue), then db-change dropping Cover through the
 * built bin: the view goes with the table, and db/residue.sql, whose last object that was, is written empty (it says
 * nothing is left) instead of left making a view of a table that is gone. A fresh database made by the migrations then
 * db/residue.sql (as a user runs them) works and matches the migrated one. Before, the file kept
 * `CREATE VIEW cover_urls … FROM covers`: "no such table: main.covers".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { openReadable } from '../support/readable.js';
import { runBin } from '../support/bin-run.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { onSqliteFile, PKG, roundTrip } from './roundtrip.js';

const ORIGINAL = `CREATE TABLE covers (id INTEGER PRIMARY KEY, url TEXT NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE VIEW cover_urls AS SELECT id, url FROM covers;`;
const file = (dest: string, p: string) => readFileSync(join(dest, p), 'utf8');

describeEngine('sqlite', 'db-change taking the last of the residue', () => {
  test('db/residue.sql written empty; migrations then residue.sql run on a fresh database', async () => {
    const trip = await roundTrip('sqlite', ORIGINAL);
    const fresh = await openReadable('sqlite');
    try {
      expect(file(trip.dest, 'db/residue.sql')).toMatch(/CREATE VIEW .*cover_urls/);
      const design = JSON.parse(file(trip.dest, 'db/design.json'));
      const spec = join(trip.dest, 'change.json');
      writeFileSync(spec, JSON.stringify({ entities: design.answers.entities.split('\n').filter((l: string) => !/^Cover:/.test(l)).join('\n'),
        relations: [], allowDestructive: true }));
      const run = runBin(PKG, ['db-change', '--', '--spec', spec, '--dest', trip.dest], trip.dest);
      expect(run.err).toEqual([]);
      const after = JSON.parse(file(trip.dest, 'db/design.json'));
      expect(after.residue ?? []).toEqual([]);
      const residue = file(trip.dest, 'db/residue.sql');
      expect(residue).toMatch(/^-- Nothing left over: db\/design\.json keeps no residue now/m);
      expect(residue.split('\n').filter((l) => l.trim() && !l.startsWith('--'))).toEqual([]);
      const up = file(trip.dest, after.migrations[1].up);
      const migrated = await onSqliteFile(trip.file!, up);
      for (const sql of [trip.up, up, residue]) await fresh.exec(sql);
      const read = await dialectOf('sqlite').readCatalog(fresh.conn);
      const bare = (c: typeof read) => ({ ...c, tables: c.tables.map(({ sql: _, ...t }) => t) });
      expect(bare(read)).toEqual(bare(migrated));
      expect(read.views).toEqual([]);
    } finally { await trip.source.close(); await fresh.close(); }
  }, 120000);
});
