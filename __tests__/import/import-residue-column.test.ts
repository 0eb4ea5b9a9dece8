/**
 * A later change must not silently undo the residue, nor the residue the change. db-import keeps a column the language
 * cannot say exactly (MariaDB MEDIUMINT, PostgreSQL interval DEFAULT '1 day') as a residue object that redefines it;
 * db-change making that field optional is refused in one line (the column, the object, the ways on), nothing written.
 * With "residue": {"drop": [column]} the language's definition wins: the object leaves db/design.json and db/residue.sql,
 * the header says so, the migration restates the whole column; applied to the imported database, db-verify shows no
 * drift, a fresh replay (the ups, then db/residue.sql) equals it, the row is kept, and the down gives the original back.
 * Before, the migration's MODIFY made the MEDIUMINT an INT on the database while db/residue.sql made it MEDIUMINT NOT
 * NULL again on a fresh one (PostgreSQL: the change made it nullable, the residue kept it interval).
 */
import { diffCatalogs } from '../../src/catalog/diff.js';
import { describeEngine } from '../support/engines.js';
import { COLUMN, change, designOf, file, imported, mine, pairOf, residueOf, type Id } from './residue-column.js';

for (const id of ['mysql', 'postgres'] as Id[]) {
  const { key, field } = COLUMN[id];
  const optional = (lines: string) => lines.replace(new RegExp(`\\b${field}:[a-z]+`), '$&:optional');
  describeEngine(id, 'db-change of a column the residue redefines', () => {
    test('refused without a word; with "residue": {"drop"} the language wins, truthfully on the database', async () => {
      const db = await imported(id);
      const { dest } = db.trip;
      try {
        expect(db.trip.diffs).toEqual([]);
        expect(residueOf(dest)).toContain(`-- column ${key}: type `);
        expect(await db.check()).toMatch(/^drift +ok: .* matches the migrations/m);
        const before = file(dest, 'db/design.json');
        const refused = change(dest, optional);
        expect(refused.status).not.toBe(0);
        expect(refused.err).toEqual([expect.stringMatching(new RegExp(`^\\[ERROR\\] db-change: this change alters ${key}, which the `
          + `residue redefines \\(db/residue\\.sql: column ${key}: type .*; either leave that field as it is in this change, or let the `
          + `language's definition win with "residue": \\{"drop": \\["${key}"\\]\\} .*or write the change yourself as a data step`))]);
        expect(file(dest, 'db/design.json')).toBe(before);
        // a name the change does not alter is refused too, naming what may be given
        const stray = change(dest, optional, { residue: { drop: ['people.note'] } });
        expect(stray.err).toEqual([expect.stringContaining(`residue.drop: people.note is no column this change alters that the `
          + `residue redefines (allowed: a "table.column" of db/residue.sql's column objects this change alters: ${key})`)]);
        const run = change(dest, optional, { residue: { drop: [key] } });
        expect(run.err).toEqual([]);
        expect(run.out.join('\n')).toContain(`${key}: the language's definition wins`);
        expect(JSON.stringify(designOf(dest).residue ?? [])).not.toContain(key);
        expect(residueOf(dest)).not.toContain(key);
        const { up, down } = pairOf(dest, 1);
        expect(up).toMatch(new RegExp(`^-- ${key}: the language's definition wins \\("residue": \\{"drop"\\}\\): column ${key} leaves `
          + 'db/residue\\.sql, this migration restates the column, the down makes the residue\'s definition again$', 'm'));
        await db.apply(1);
        expect(await db.check()).toMatch(/^drift +ok: .* matches the migrations/m);
        expect(await db.replayed([db.trip.up, up])).toEqual([]);
        expect(await db.value()).toEqual({ v: id === 'mysql' ? 7 : '02:00:00' });
        await db.trip.source.exec(down);
        expect(mine(diffCatalogs(db.trip.original, await db.read(db.trip.source)))).toEqual([]);
      } finally { await db.close(); }
    }, 240_000);
  });
}
