/**
 * A column the residue redefines, dropped or renamed by db-change (MariaDB MEDIUMINT, PostgreSQL interval; see
 * residue-column.ts). Dropped: its residue object goes with it (a note in the migration's header), so db/residue.sql no
 * longer alters a column that is gone (before: the fresh replay failed on it); renamed: the object and its SQL name the
 * new column (before: db/residue.sql altered the old name). Either way the migration applied to the imported database
 * shows no drift, a fresh replay (the ups, then db/residue.sql) equals it, and the down gives the original back.
 */
import { diffCatalogs } from '../../src/catalog/diff.js';
import { describeEngine } from '../support/engines.js';
import { COLUMN, change, designOf, imported, mine, type Id } from './residue-column.js';

const WAYS = [
  { name: 'dropped', edit: (f: string) => (l: string) => l.replace(new RegExp(`, ${f}:[a-z]+(\\('[^']*'\\)|:[a-z]+\\([^)]*\\))*`), ''),
    extra: {}, note: (key: string) => `-- ${key}: its residue (db/residue.sql: column ${key}) goes with the column; the down makes it again` },
  { name: 'renamed', edit: (f: string) => (l: string) => l.replace(`${f}:`, 'amount:'),
    extra: { renames: [{ from: 'Person.FIELD', to: 'Person.amount' }] },
    note: (key: string) => `-- ${key} renamed to people.amount: its residue (db/residue.sql: column ${key}) names the new column` },
];

for (const id of ['mysql', 'postgres'] as Id[]) {
  const { key, field } = COLUMN[id];
  describeEngine(id, 'db-change dropping or renaming a column the residue redefines', () => {
    for (const way of WAYS) {
      test(`${way.name}: the residue follows, the database and a fresh replay agree, the down brings it back`, async () => {
        const db = await imported(id);
        const { dest } = db.trip;
        try {
          expect(db.trip.diffs).toEqual([]);
          const extra = JSON.parse(JSON.stringify(way.extra).replace('FIELD', field));
          const run = change(dest, way.edit(field), { ...extra, allowDestructive: true });
          expect(run.err).toEqual([]);
          const after = designOf(dest);
          expect(after.migrations).toHaveLength(2);
          const { up, down } = await db.apply(1);
          expect(up).toContain(way.note(key));
          const kept = JSON.stringify(after.residue ?? []);
          expect(kept).not.toContain(key);
          if (way.name === 'renamed') expect(kept).toMatch(/"name":"people\.amount".*(`amount`|\\"amount\\")/);
          expect(await db.check()).toMatch(/^drift +ok: .* matches the migrations/m);
          expect(await db.replayed([db.trip.up, up])).toEqual([]);
          await db.trip.source.exec(down);
          // PostgreSQL adds a column back last (it cannot place one): the order alone differs, as after any dropped column's down
          const back = mine(diffCatalogs(db.trip.original, await db.read(db.trip.source)));
          expect(back).toEqual(id === 'postgres' && way.name === 'dropped'
            ? [{ object: 'table people', detail: `column order: a id, name, ${field}, note / b id, name, note, ${field}` }] : []);
        } finally { await db.close(); }
      }, 240_000);
    }
  });
}
