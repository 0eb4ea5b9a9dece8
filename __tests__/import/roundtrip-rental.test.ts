/** db-import round trip of the rental sample (Sakila's spirit) on the real PostgreSQL and MariaDB and on SQLite. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { PKG, residueCount, roundTrip, type ServerId } from './roundtrip.js';

const sample = (name: string, id: ServerId) => readFileSync(join(PKG, '__tests__', 'import', 'samples', name, `${id}.sql`), 'utf8');

for (const id of ['postgres', 'mysql', 'sqlite'] as const) {
  describeEngine(id, 'db-import round trip: rental', () => {
    test('baseline + residue on a fresh database give the original catalog, object by object', async () => {
      const trip = await roundTrip(id, sample('rental', id));
      try {
        expect(trip.diffs).toEqual([]);
        expect(trip.original.tables.length).toBe(7);
        expect(trip.run.out.join('\n')).toMatch(/many-to-many\s+Actor ↔ Film through film_actor/);
        // the junction is a relation, not an entity, and the baseline itself makes it: name, columns, key, FK actions
        const design = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8'));
        expect(design.answers.relations).toEqual([expect.objectContaining({ kind: 'many-to-many', name: 'film_actor',
          junction: { columns: ['actor_id', 'film_id'], onDelete: ['cascade', 'cascade'], createdAt: false, index: 'to' } })]);
        expect(design.answers.entities).not.toMatch(/^FilmActor/m);
        expect(trip.up).toMatch(/CREATE TABLE[^(]*film_actor/);
        // the original's names are kept (the round trip compares them): the index by the design's `names`
        expect(design.answers.names).toMatchObject({ ix_film_actor_film_id: 'idx_fk_film_id' });
        expect(trip.up).toContain('idx_fk_film_id');
        expect(trip.residue).not.toMatch(/^-- (table|primary key) film_actor/m);
        // a junction column is retyped only where its parent's key is (MySQL's smallint unsigned keys)
        for (const [, col] of trip.residue.matchAll(/^-- column film_actor\.(\w+):/gm)) {
          expect(trip.residue).toMatch(new RegExp(`^-- column ${col.replace(/_id$/, '')}\\.${col}:`, 'm'));
        }
        console.log(`[residue] rental/${id}: ${residueCount(trip.run)} objects`);
      } finally {
        await trip.source.close();
      }
    }, 240000);
  });
}
