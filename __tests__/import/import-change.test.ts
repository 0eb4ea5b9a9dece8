/**
 * Import → db-change (add a column) → the change's migration applies to the original database, which
 * already holds the baseline: the next change starts from the real state. On all three engines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialectOf } from '../../src/dialects/registry.js';
import { describeEngine } from '../support/engines.js';
import { addField, onSqliteFile, PKG, roundTrip } from './roundtrip.js';

for (const id of ['postgres', 'mysql', 'sqlite'] as const) {
  describeEngine(id, 'db-import then db-change', () => {
    test('an added column migrates the original database', async () => {
      const sql = readFileSync(join(PKG, '__tests__', 'import', 'samples', 'trade', `${id}.sql`), 'utf8');
      const trip = await roundTrip(id, sql);
      try {
        const run = addField(trip.dest, 'Customer', 'phone:string(24):optional');
        expect(run.err).toEqual([]);
        expect(run.status).toBe(0);
        const after = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8'));
        expect(after.migrations).toHaveLength(2);
        const up = readFileSync(join(trip.dest, after.migrations[1].up), 'utf8');
        expect(up).toMatch(/phone/);
        // the database the import read: the server's scratch database, or the SQLite file of the sqlite: URL
        const migrate = async () => {
          if (trip.file) return onSqliteFile(trip.file, up);
          await trip.source.exec(up);
          return dialectOf(trip.source.dialect).readCatalog(trip.source.conn);
        };
        const cat = await migrate();
        const customers = cat.tables.find((t) => t.name === 'customers')!;
        expect(customers.columns.find((c) => c.name === 'phone')).toMatchObject({ nullable: true, length: 24 });
      } finally {
        await trip.source.close();
      }
    }, 180000);
  });
}
