/**
 * The printed next step, run as printed, marks the baseline applied for dbmate (the npm package's binary):
 * on the imported database `dbmate status` has nothing pending and `dbmate up` changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffCatalogs } from '../../src/catalog/diff.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { describeEngine } from '../support/engines.js';
import { PKG, roundTrip, urlOf } from './roundtrip.js';

const DBMATE = join(PKG, 'node_modules', '.bin', 'dbmate');
function dbmate(dir: string, url: string, ...args: string[]): string {
  const r = spawnSync(DBMATE, ['--no-dump-schema', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: url } });
  if (r.status !== 0) throw new Error(`dbmate ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

for (const id of ['postgres', 'mysql'] as const) {
  describeEngine(id, 'db-import → mark applied for dbmate', () => {
    test('the printed SQL marks the baseline; dbmate then has nothing to do', async () => {
      const sql = readFileSync(join(PKG, '__tests__', 'import', 'samples', 'forum', `${id}.sql`), 'utf8');
      const trip = await roundTrip(id, sql, ['--runner', 'existing', '--existing', 'dbmate']);
      try {
        const out = trip.run.out;
        const from = out.findIndex((l) => l.endsWith("<<'SQL'"));
        const to = out.findIndex((l, i) => i > from && l === 'SQL');
        expect(from).toBeGreaterThan(0);
        await trip.source.exec(out.slice(from + 1, to).join('\n'));
        const url = urlOf(id, trip.source) + (id === 'postgres' ? '?sslmode=disable' : '');
        const before = await dialectOf(trip.source.dialect).readCatalog(trip.source.conn);
        expect(dbmate(trip.dest, url, 'status')).toMatch(/Applied: 1\s+Pending: 0/);
        dbmate(trip.dest, url, 'up');
        const after = await dialectOf(trip.source.dialect).readCatalog(trip.source.conn);
        expect(diffCatalogs(before, after)).toEqual([]);
      } finally {
        await trip.source.close();
      }
    }, 180000);
  });
}
