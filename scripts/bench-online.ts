/** The online section of `npm run bench` (BENCH_ONLINE=1): the heavy proofs of online migrations at full size,
 *  run by jest against the real PostgreSQL and MariaDB: writers under load while every online migration of the
 *  catalogue is applied to BENCH_ONLINE_ROWS books (default 200,000), every kind's offline form measured beside it
 *  (one row a kind and engine in BENCHMARKS.md's online section, with the load average; BENCH_WRITE=0 leaves the
 *  file). The suite runs the same files small (a few thousand rows), and every kind through dbmate up → down → up
 *  (dbmate-*.test.ts). */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/core/paths.js';
import { onlineTable, writeOnline } from './bench-online-md.js';

const FILES = ['__tests__/online/load-postgres.test.ts', '__tests__/online/load-mysql.test.ts', '__tests__/online/load-table.test.ts'];

export function benchOnline(): void {
  const rows = process.env.BENCH_ONLINE_ROWS ?? '200000';
  console.log(`online section: ${FILES.length} files, ${rows} rows, every kind (DBS_ONLINE_FULL=1)`);
  const t0 = performance.now();
  const [results, before] = [join(tmpdir(), `db-scaffold-online-${process.pid}.jsonl`), loadavg()[0]];
  rmSync(results, { force: true });
  const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), ...FILES, '--maxWorkers=1'], {
    cwd: PACKAGE_ROOT, stdio: 'inherit',
    env: { ...process.env, CI: 'true', NODE_OPTIONS: '--experimental-vm-modules', DBS_LOAD_ROWS: rows, DBS_ONLINE_FULL: '1', DBS_ONLINE_RESULTS: results },
  });
  console.log(`online section: ${r.status === 0 ? 'passed' : `FAILED (exit ${r.status})`} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const body = onlineTable(results, `${before.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`);
  console.log(body);
  if (process.env.BENCH_WRITE !== '0') writeOnline(join(PACKAGE_ROOT, 'BENCHMARKS.md'), body);
  rmSync(results, { force: true });
  if (r.status !== 0) process.exitCode = 1;
}
