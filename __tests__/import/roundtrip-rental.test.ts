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
        console.log(`[residue] rental/${id}: ${residueCount(trip.run)} objects`);
      } finally {
        await trip.source.close();
      }
    }, 120000);
  });
}
