/**
 * db-import of covers with what depends on it in the residue (residue-drop-sql.ts), then db-change dropping the
 * entity, on the real engines. Code naming covers stops the change (one line, nothing written); taken off the
 * database and out of the residue by hand, the change takes the FK and both views along (a note says so): the
 * imported database migrates, a fresh one made by the migrations then db/residue.sql (as db-verify replays it)
 * matches it and reads every view, and the down brings the original back. Before, the residue kept them and
 * db/residue.sql failed (PostgreSQL: "covers" does not exist), MariaDB refused the DROP TABLE, SQLite's views broke.
 * MariaDB's down is checked too (it was skipped): its originals are in the collation the product makes tables in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { openReadable, type Readable } from '../support/readable.js';
import { runBin } from '../support/bin-run.js';
import { dialectOf } from '../../src/dialects/registry.js';
import type { Catalog } from '../../src/catalog/types.js';
import { residueRecords } from '../../src/render/residue-sql.js';
import { onSqliteFile, PKG, roundTrip, type ServerId } from './roundtrip.js';
import { CODE, original } from './residue-drop-sql.js';

const file = (dest: string, p: string) => readFileSync(join(dest, p), 'utf8');
const designOf = (dest: string) => JSON.parse(file(dest, 'db/design.json'));
/** SQLite keeps a table's text as written: the hand-written original and the migration's differ in it alone. */
const bare = (c: Catalog) => ({ ...c, tables: c.tables.map(({ sql: _, ...t }) => t) });

function dropCover(dest: string) {
  const design = designOf(dest);
  const out = (l: string) => !/\bCover\b/.test(l);
  const keep = (x: string | string[]) => (Array.isArray(x) ? x.filter(out) : x.split('\n').filter(out).join('\n'));
  const spec = join(dest, 'change.json');
  writeFileSync(spec, JSON.stringify({ entities: keep(design.answers.entities), relations: keep(design.answers.relations ?? []),
    allowDestructive: true }));
  return runBin(PKG, ['db-change', '--', '--spec', spec, '--dest', dest], dest);
}

for (const id of ['postgres', 'mysql', 'sqlite'] as ServerId[]) {
  describeEngine(id, 'db-change dropping a table the residue depends on', () => {
    test('code naming it stops the change; an FK and views over it go with it, the down brings them back', async () => {
      const trip = await roundTrip(id, original(id, true));
      const fresh = await openReadable(id === 'sqlite' ? 'sqlite' : id);
      const read = (db: Readable) => dialectOf(id).readCatalog(db.conn);
      try {
        expect(trip.diffs).toEqual([]);
        const before = file(trip.dest, 'db/design.json');
        const refused = dropCover(trip.dest);
        expect(refused.status).not.toBe(0);
        expect(refused.err).toEqual([expect.stringMatching(new RegExp(`dropping table covers leaves ${CODE[id].kind} ${CODE[id].name} `
          + 'of the residue \\(db/residue\\.sql\\) naming covers, .*keep the entity, or change or take out that object'))]);
        expect(file(trip.dest, 'db/design.json')).toBe(before);
        // the way round it: the code off the database and out of the residue
        const design = designOf(trip.dest);
        design.residue = design.residue.filter((o: { name: string }) => o.name !== CODE[id].name);
        writeFileSync(join(trip.dest, 'db', 'design.json'), JSON.stringify(design, null, 2));
        const live = async (sql: string) => (trip.file ? onSqliteFile(trip.file, sql)
          : (await trip.source.exec(sql), dialectOf(id).readCatalog(trip.source.conn)));
        const was = await live(CODE[id].drop);
        const run = dropCover(trip.dest);
        expect(run.err).toEqual([]);
        const after = designOf(trip.dest);
        expect(JSON.stringify(after.residue ?? [])).not.toMatch(/covers|cover_urls|urls_counted/);
        const [up, down] = [1, 1].map((n, i) => file(trip.dest, after.migrations[n][i ? 'down' : 'up']));
        expect(up).toMatch(/^-- covers: what of the residue depends on it goes too, as DROP … CASCADE takes it \(db\/residue\.sql: /m);
        expect(up).toMatch(/view cover_urls, which reads covers; view urls_counted, which reads cover_urls\); the down makes it again/);
        if (id !== 'sqlite') expect(up).toMatch(/foreign key books \(art_no, art_kind\) → covers, which references covers/);
        const residue = residueRecords(after)[0]?.body ?? ''; // db/residue.sql as db-verify replays it
        expect(residue).not.toMatch(/covers/);
        const migrated = await live(up);
        await fresh.exec(trip.up);
        await fresh.exec(up);
        if (residue) await fresh.exec(residue);
        expect(bare(await read(fresh))).toEqual(bare(migrated));
        // MariaDB: covers comes back (its residue first), then books' FK of two columns over it
        if (id === 'mysql') expect(down.indexOf('CREATE TABLE IF NOT EXISTS `covers`')).toBeLessThan(down.indexOf('ADD CONSTRAINT `books_cover`'));
        expect(bare(await live(down))).toEqual(bare(was));
      } finally { await trip.source.close(); await fresh.close(); }
    }, 240000);
  });
}
