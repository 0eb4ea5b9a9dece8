/** Timed runs for the bench: each command in a fresh folder (made and removed outside the timing), its wall time
 *  and, through /usr/bin/time where it exists, its peak resident memory; rounds alternate the commands so a
 *  burst of load on the machine falls on all of them alike. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const TIME = '/usr/bin/time';
const HAS_TIME = existsSync(TIME);
// No terminal, CI mode, nothing inherited that slows node down (jest's vm-modules flag, inspectors).
export const ENV = { ...process.env, CI: 'true', NODE_OPTIONS: '' };

export interface Cmd {
  key: string; label: string;
  /** node's arguments for a run in `dir` (a fresh folder, prepared by `prep`). */
  args: (dir: string) => string[];
  cwd?: (dir: string) => string;
  prep?: (dir: string) => void;
  /** What the output must show (else the bench stops: a failing command is not timed). */
  expect?: RegExp;
}
export interface Stats { median: number; min: number; max: number; memMB?: number; runs: number }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** One run: milliseconds and peak memory (KB, when measured). */
export function once(c: Cmd): { ms: number; kb?: number } {
  const dir = mkdtempSync(join(tmpdir(), 'dbs-bench-'));
  const memFile = join(dir, '.peak');
  try {
    c.prep?.(dir);
    const argv = [process.execPath, ...c.args(dir)];
    const [cmd, ...args] = HAS_TIME ? [TIME, '-f', '%M', '-o', memFile, ...argv] : argv;
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: c.cwd?.(dir) ?? dir, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - t0;
    const out = `${r.stdout}${r.stderr}`;
    if (r.status !== 0 || (c.expect && !c.expect.test(out))) throw new Error(`bench: ${c.label}: exit ${r.status}\n${out.slice(-2000)}`);
    const kb = HAS_TIME ? Number(readFileSync(memFile, 'utf8').trim().split('\n').pop()) : undefined;
    return { ms, kb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `warmup` rounds, then `runs` rounds, each running every command once in turn. */
export function rounds(cmds: Cmd[], runs: number, warmup: number, progress = (_: string) => undefined as void): Map<string, Stats> {
  const times = new Map(cmds.map((c) => [c.key, [] as number[]]));
  const mems = new Map(cmds.map((c) => [c.key, [] as number[]]));
  for (let r = 0; r < warmup + runs; r++) {
    for (const c of cmds) {
      const { ms, kb } = once(c);
      if (r < warmup) continue;
      times.get(c.key)!.push(ms);
      if (kb !== undefined) mems.get(c.key)!.push(kb);
    }
    progress(r < warmup ? `warm-up round ${r + 1} done` : `round ${r - warmup + 1}/${runs} done`);
  }
  return new Map(cmds.map((c) => {
    const t = times.get(c.key)!;
    const m = mems.get(c.key)!;
    return [c.key, { median: median(t), min: Math.min(...t), max: Math.max(...t), runs: t.length, ...(m.length ? { memMB: Math.max(...m) / 1024 } : {}) }];
  }));
}
