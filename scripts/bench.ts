/** `npm run bench [-- RUNS]`: in one run, alternating the commands, medians of RUNS (default 5) after a warm-up:
 *  the bin and `plop db-schema` on a 40-entity design against `node -e 0` and plop running an empty generator;
 *  the same design through `drizzle-kit generate` (from the db/schema.ts the bin writes with orm drizzle) and
 *  dbml2sql (@dbml/core); the bin on 100, 1,000, 2,000 and 10,000 entities (time and peak memory); db-change on
 *  1,000. The table and the goals go to BENCHMARKS.md. Then db-verify (PGlite) and the seed-volume section.
 *  Performance goals are measured here, never by timed tests.
 *  Env: BENCH_RUNS (5), BENCH_WARMUP (1), BENCH_QUICK=1 (2 runs, no warm-up, no 10,000, BENCHMARKS.md untouched),
 *  BENCH_WRITE=0 (leave BENCHMARKS.md), BENCH_VERIFY=0 and BENCH_SEED_ROWS=0 (skip those sections; default
 *  1000000 rows). */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/core/paths.js';
import { benchSeedVolume } from './bench-seed.js';
import { benchVerify } from './bench-verify.js';
import { changeSpec, designSpec, writeSpec } from './bench-design.js';
import { goals, table, writeBenchmarks, type Row } from './bench-md.js';
import { ENV, once, rounds, type Cmd } from './bench-run.js';

const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = Math.max(1, Number(process.argv[2] ?? process.env.BENCH_RUNS ?? (QUICK ? 2 : 5)) || 5);
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? (QUICK ? 0 : 1)) || 0);
const BIN = join(PACKAGE_ROOT, 'dist', 'bin', 'db-scaffold.js');
const PLOP = join(PACKAGE_ROOT, 'node_modules', 'plop', 'bin', 'plop.js');
const DRIZZLE = join(PACKAGE_ROOT, 'node_modules', 'drizzle-kit', 'bin.cjs');
const DBML2SQL = join(PACKAGE_ROOT, 'dist', 'scripts', 'dbml2sql.js');
const SIZES = QUICK ? [100, 1000, 2000] : [100, 1000, 2000, 10000];
const REPORT = /== db-scaffold report ==/;

const setup = mkdtempSync(join(tmpdir(), 'dbs-bench-setup-'));
const spec = (n: number, orm = 'none') => writeSpec(setup, `design-${n}-${orm}.json`, designSpec(n, orm));
const built = (name: string, specFile: string) => {
  const dir = join(setup, name);
  mkdirSync(dir);
  once({ key: name, label: `setup ${name}`, args: () => [BIN, 'db-schema', '--', '--spec', specFile], cwd: () => dir, expect: REPORT });
  return dir;
};
const spec40 = spec(40);
const drizzleDir = built('drizzle-40', spec(40, 'drizzle'));
const base40 = built('base-40', spec40);
const base1000 = built('base-1000', spec(1000));
const change1000 = writeSpec(setup, 'change-1000.json', changeSpec(1000));
writeFileSync(join(setup, 'plopfile.cjs'),
  "module.exports = (plop) => plop.setGenerator('empty', { description: 'nothing', prompts: [], actions: [] });\n");

const bin = (key: string, label: string, file: string): Cmd => ({ key, label, args: () => [BIN, 'db-schema', '--', '--spec', file], expect: REPORT });
const cmds: Cmd[] = [
  { key: 'node', label: '`node -e 0`', args: () => ['-e', '0'] },
  bin('bin40', 'bin db-schema, 40 entities', spec40),
  { key: 'plopEmpty', label: 'plop, an empty generator', args: () => [PLOP, '--plopfile', join(setup, 'plopfile.cjs'), 'empty'] },
  {
    key: 'plop40', label: '`plop db-schema`, 40 entities', cwd: () => PACKAGE_ROOT, expect: REPORT,
    args: (d) => [PLOP, 'db-schema', '--', '--spec', spec40, '--dest', d],
  },
  {
    key: 'drizzle40', label: '`drizzle-kit generate`, 40 entities',
    prep: (d) => {
      cpSync(join(drizzleDir, 'db'), join(d, 'db'), { recursive: true });
      symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(d, 'node_modules')); // drizzle-kit resolves drizzle-orm from the schema
    },
    args: () => [DRIZZLE, 'generate', '--dialect', 'postgresql', '--schema', 'db/schema.ts', '--out', 'drizzle'], expect: /migration file/,
  },
  { key: 'dbml40', label: 'dbml2sql (@dbml/core), 40 entities', args: () => [DBML2SQL, join(base40, 'db', 'schema.dbml')], expect: /CREATE TABLE/ },
  ...SIZES.map((n) => bin(`bin${n}`, `bin db-schema, ${n.toLocaleString('en')} entities`, spec(n))),
  {
    key: 'change1000', label: 'bin db-change, 1,000 entities (one field added)', prep: (d) => cpSync(base1000, d, { recursive: true }),
    args: () => [BIN, 'db-change', '--', '--spec', change1000], expect: /== db-change report ==/,
  },
];
const rows: Row[] = cmds.map((c) => ({
  key: c.key, label: c.label,
  base: c.key === 'plop40' ? 'plopEmpty' : c.key === 'change1000' ? 'bin1000' : c.key === 'node' || c.key === 'plopEmpty' ? undefined : 'node',
}));

const load0 = loadavg();
console.log(`db-scaffold bench: ${RUNS} rounds (+${WARMUP} warm-up), node ${process.version}, load ${load0.map((x) => x.toFixed(2)).join(' ')}`);
const stats = rounds(cmds, RUNS, WARMUP, (line) => console.log(`  ${line}`));
const load1 = loadavg();
const head = `Measured ${new Date().toISOString().slice(0, 16)}Z: ${RUNS} alternating rounds (+${WARMUP} warm-up), medians; node ${process.version}, `
  + `${ENV.CI ? 'CI=true, ' : ''}load average ${load0[0].toFixed(2)} at the start, ${load1[0].toFixed(2)} at the end.`;
const body = table(rows, stats, goals(stats), head);
console.log(`\n${body}\n`);
if (!QUICK && process.env.BENCH_WRITE !== '0') writeBenchmarks(join(PACKAGE_ROOT, 'BENCHMARKS.md'), body);
rmSync(setup, { recursive: true, force: true });

if (process.env.BENCH_VERIFY !== '0' && !QUICK) {
  const v = benchVerify(BIN, ENV);
  console.log(`db-verify, ${v.tables} tables in ${v.migrations} migrations (PGlite): ${(v.ms / 1000).toFixed(1)} s (goal: under 30 s)`);
}
if (Number(process.env.BENCH_SEED_ROWS ?? (QUICK ? 0 : 1)) > 0) benchSeedVolume();
if (process.env.BENCH_ONLINE === '1') (await import('./bench-online.js')).benchOnline();
