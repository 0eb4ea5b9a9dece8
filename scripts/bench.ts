/** `npm run bench [-- RUNS]`: wall time of the bin run non-interactively on every bundled example (a fresh
 *  destination each run; the fast path, no plop), against a bare `node -e 0`, and the ratio; the plop path
 *  once for contrast. Performance goals are measured here, never by timed tests.
 *  Then the seed-volume section (bench-seed.ts): the volume tier loaded through psql, mariadb and sqlite3.
 *  Env: BENCH_RUNS (default 7), BENCH_WARMUP (default 1), BENCH_SEED_ROWS (default 1000000; 0 skips the section). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PACKAGE_ROOT } from '../src/core/paths.js';
import { benchSeedVolume } from './bench-seed.js';
import { benchVerify } from './bench-verify.js';

const RUNS = Math.max(1, Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 7) || 7);
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 1) || 0);
const BIN = join(PACKAGE_ROOT, 'dist', 'bin', 'db-scaffold.js');
const EXAMPLES = readdirSync(join(PACKAGE_ROOT, 'examples')).filter((f) => f.endsWith('.json')).sort();
// No terminal, CI mode, nothing inherited that slows node down (jest's vm-modules flag, inspectors).
const ENV = { ...process.env, CI: 'true', NODE_OPTIONS: '' };

interface Stats { median: number; mean: number; min: number; max: number }

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, mean: s.reduce((a, b) => a + b, 0) / s.length, min: s[0], max: s[s.length - 1] };
}

/** One timed run of `node <args>` in a fresh temp directory (created and removed outside the timing). */
function once(args: string[], label: string): number {
  const cwd = mkdtempSync(join(tmpdir(), 'dbs-bench-'));
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${label}: exit ${r.status}\n${r.stdout}${r.stderr}`);
    if (args[0] === BIN && !/== db-scaffold report ==/.test(r.stdout + r.stderr)) throw new Error(`${label}: no report printed`);
    return ms;
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

function measure(args: string[], label: string): Stats {
  for (let i = 0; i < WARMUP; i++) once(args, label);
  return stats(Array.from({ length: RUNS }, () => once(args, label)));
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
const row = (label: string, s: Stats, base?: Stats) =>
  `${label.padEnd(28)}${fmt(s.median)}${fmt(s.mean)}${fmt(s.min)}${fmt(s.max)}${base ? `  ×${(s.median / base.median).toFixed(2)}` : ''}`;

console.log(`db-scaffold bench: ${RUNS} runs each (+${WARMUP} warm-up), node ${process.version}`);
console.log(`${'command'.padEnd(28)}${'median'.padStart(9)}${'mean'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}  vs node -e 0`);
const base = measure(['-e', '0'], 'node -e 0');
console.log(row('node -e 0', base));
const all: Stats[] = [];
for (const ex of EXAMPLES) {
  const s = measure([BIN, 'db-schema', '--', '--spec', join(PACKAGE_ROOT, 'examples', ex)], ex);
  all.push(s);
  console.log(row(`db-scaffold db-schema ${ex.replace(/\.json$/, '')}`, s, base));
}
const overall = stats(all.map((s) => s.median));
// For contrast, not in the ratio: a plop flag hands the same run to plop (prompts, inquirer, faker loaded).
const first = join(PACKAGE_ROOT, 'examples', EXAMPLES[0]);
console.log(row(`  via plop (--force) ${EXAMPLES[0].replace(/\.json$/, '')}`, measure([BIN, 'db-schema', '--force', '--', '--spec', first], 'plop path'), base));
console.log(`ratio (median of the examples' medians / node -e 0): ${(overall.median / base.median).toFixed(2)}`);
if (process.env.BENCH_VERIFY !== '0') {
  const v = benchVerify(BIN, ENV);
  console.log(`db-verify, ${v.tables} tables in ${v.migrations} migrations (PGlite): ${(v.ms / 1000).toFixed(1)} s (goal: under 30 s)`);
}
if (Number(process.env.BENCH_SEED_ROWS ?? 1) > 0) benchSeedVolume();
if (process.env.BENCH_ONLINE === '1') (await import('./bench-online.js')).benchOnline();
