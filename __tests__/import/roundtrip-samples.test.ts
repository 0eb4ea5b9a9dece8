/**
 * db-import round trips of every sample on the real PostgreSQL and MariaDB and on SQLite: our own samples
 * (__tests__/import/samples/<name>/<engine>.sql), and the published originals when a folder
 * ../shared/samples/<name>/<engine>.sql sits next to the repo (not committed: fetched SQL stays out).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { PKG, residueCount, roundTrip } from './roundtrip.js';

const OURS = join(PKG, '__tests__', 'import', 'samples');
const ORIGINALS = process.env.DBS_SAMPLES ?? join(PKG, '..', 'shared', 'samples'); // a worktree: DBS_SAMPLES=…
const ENGINES = ['postgres', 'mysql', 'sqlite'] as const;

function samples(root: string, tag: string): { name: string; id: (typeof ENGINES)[number]; file: string }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((name) => ENGINES.filter((id) => existsSync(join(root, name, `${id}.sql`)))
    .map((id) => ({ name: `${tag}${name}`, id, file: join(root, name, `${id}.sql`) })));
}

const ALL = [...samples(OURS, ''), ...samples(ORIGINALS, 'original ')].filter((s) => s.name !== 'rental' && s.name !== 'music'); // each with its own test file

for (const s of ALL) {
  describeEngine(s.id, `db-import round trip: ${s.name}`, () => {
    test('baseline + residue on a fresh database give the original catalog, object by object', async () => {
      const trip = await roundTrip(s.id, readFileSync(s.file, 'utf8'));
      try {
        expect(trip.diffs).toEqual([]);
        expect(trip.replayed.tables.length).toBe(trip.original.tables.length);
        console.log(`[residue] ${s.name}/${s.id}: ${residueCount(trip.run)} objects`);
      } finally {
        await trip.source.close();
      }
    }, 180000);
  });
}
