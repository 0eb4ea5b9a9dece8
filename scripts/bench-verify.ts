/** The db-verify part of `npm run bench`: a 200-table PostgreSQL design in 50 migrations (db-schema, then 49
 *  db-entity runs of 4 entities each, built outside the timing), verified by the bin on PGlite; the goal is
 *  under 30 s. BENCH_VERIFY=0 skips it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { nameOf as name } from './bench-design.js';

const line = (i: number) => `${name(i)}: title, amount:decimal(10,2), notes:text:optional${i % 4 ? `, ${name(i - 1).toLowerCase()}_id` : ''}`;
const relations = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k).filter((i) => i % 4)
  .map((i) => ({ from: name(i - 1), to: name(i), kind: 'one-to-many', column: `${name(i - 1).toLowerCase()}_id` }));

export function benchVerify(bin: string, env: NodeJS.ProcessEnv): { ms: number; tables: number; migrations: number } {
  const dir = mkdtempSync(join(tmpdir(), 'dbs-bench-verify-'));
  const run = (args: string[], extra: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env: { ...env, ...extra }, encoding: 'utf8' });
    if (r.status !== 0 && args[0] !== 'db-verify') throw new Error(`${args[0]}: exit ${r.status}\n${r.stdout}${r.stderr}`);
    return r;
  };
  try {
    const first = Array.from({ length: 4 }, (_, i) => line(i)).join('\n');
    run(['db-schema', '--', '--intake', 'A bench design of 200 tables.', '--db', 'postgres', '--orm', 'none', '--scale', 'team',
      '--style', 'schema-first', '--migctl', 'manual', '--runner', 'later', '--seed', 'skip', '--review', 'accept',
      '--entities', first, '--relations', JSON.stringify(relations(0, 4))]);
    for (let m = 1; m < 50; m++) {
      const stamp = new Date(Date.UTC(2026, 0, 2, 3, 4, 5 + m)).toISOString();
      const lines = Array.from({ length: 4 }, (_, k) => line(m * 4 + k)).join('\n');
      run(['db-entity', '--', '--entities', lines, '--relations', JSON.stringify(relations(m * 4, m * 4 + 4))], { DB_SCAFFOLD_NOW: stamp });
    }
    const t0 = performance.now();
    const r = run(['db-verify', '--json'], { DATABASE_URL: '' });
    const ms = performance.now() - t0;
    const out = JSON.parse(r.stdout) as { exit: number; steps: { step: string; summary: string }[] };
    if (out.exit !== 0) throw new Error(`db-verify on the bench design: exit ${out.exit}\n${r.stdout}`);
    return { ms, tables: 200, migrations: 50 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
