/** The online section of `npm run bench` (BENCH_ONLINE=1): the heavy proofs of online migrations at full size,
 *  run by jest against the real PostgreSQL and MariaDB: writers under load while every online migration of the
 *  catalogue is applied to BENCH_ONLINE_ROWS books (default 200,000), offline measured beside it. The suite runs the
 *  same files small (a few thousand rows, a few kinds), and every kind through dbmate up → down → up (dbmate-*.test.ts). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/core/paths.js';

const FILES = ['__tests__/online/load-postgres.test.ts', '__tests__/online/load-mysql.test.ts', '__tests__/online/load-table.test.ts'];

export function benchOnline(): void {
  const rows = process.env.BENCH_ONLINE_ROWS ?? '200000';
  console.log(`online section: ${FILES.length} files, ${rows} rows, every kind (DBS_ONLINE_FULL=1)`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), ...FILES, '--maxWorkers=1'], {
    cwd: PACKAGE_ROOT, stdio: 'inherit',
    env: { ...process.env, CI: 'true', NODE_OPTIONS: '--experimental-vm-modules', DBS_LOAD_ROWS: rows, DBS_ONLINE_FULL: '1' },
  });
  console.log(`online section: ${r.status === 0 ? 'passed' : `FAILED (exit ${r.status})`} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (r.status !== 0) process.exitCode = 1;
}
