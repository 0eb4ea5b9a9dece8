/**
 * All or nothing: a run SIGKILLed at a write step (DB_SCAFFOLD_TEST_KILL_AT=n) leaves a tree the next run puts
 * back to exactly the old design or the new one (one line saying so) before anything else; the run after the first
 * roll-back proceeds cleanly, to exactly what an uninterrupted run writes (the later roll-backs leave that same tree).
 * db-entity is killed at every write step. db-schema and db-seed (one bin spawn or more per step, so all of
 * them would double this file's time) at their first and last step, the steps the search for the last one
 * tries, and a seeded sample of the others; the seed is the UTC day unless DB_SCAFFOLD_KILL_SEED gives it,
 * so the sample rotates from day to day and a failure names the seed that reproduces it.
 */
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';
import { copyTree, treeState } from './support/tree-hash.js';

const BLOG = join(process.cwd(), 'examples', 'blog.json');
const SEED = Number(process.env.DB_SCAFFOLD_KILL_SEED ?? Math.floor(Date.now() / 86_400_000));
const SAMPLED = 3; // steps drawn at random between the first and the last, besides those the search tries
let pkg = '';
let schemaOnly = '';

beforeAll(() => {
  pkg = packageCopy();
  schemaOnly = tempDir('kill-base');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], schemaOnly).status).toBe(0);
});

interface Case { args: string[]; refused: string[]; base: () => string; every: boolean }

const CASES: Record<string, Case> = {
  'db-schema': { args: ['db-schema', '--', '--spec', BLOG, '--seed', 'smoke'], refused: ['db-schema', '--', '--spec', BLOG, '--seed', 'bogus'], base: () => tempDir('kill-empty'), every: false },
  'db-entity': { args: ['db-entity', '--', '--entities', 'Badge: label, post_id'], refused: ['db-entity', '--', '--relations', '[bad'], base: () => schemaOnly, every: true },
  'db-seed': { args: ['db-seed', '--', '--seed', 'rich'], refused: ['db-seed', '--', '--seed', 'bogus'], base: () => schemaOnly, every: false },
};

type Tree = Record<string, string>;
interface Seen { old: number; new: number }

/** Kills the run at step n and checks what the next runs make of it; false when the run completed (n is past its last step). */
function killAt(c: Case, n: number, before: Tree, after: Tree, seen: Seen): boolean {
  const dir = copyTree(c.base(), 'kill');
  const killed = runBin(pkg, c.args, dir, { DB_SCAFFOLD_TEST_KILL_AT: String(n) });
  if (killed.status === 0) {
    expect(treeState(dir)).toEqual(after); // completed: exactly what the uninterrupted run wrote
    return false;
  }
  expect(killed.status).toBeNull(); // SIGKILL
  const next = runBin(pkg, c.refused, dir); // recovers first, then refuses its own bad answer
  expect(next.status).toBe(1);
  // the killed process left its lock (taken over) and, once staging began, its run folder (undone or finished)
  expect(next.err[0]).toMatch(/^note: took over the lock of process \d+ \(started [^)]+\), which is no longer running$/);
  expect(next.err.slice(1, -1)).toEqual(next.err.length === 3
    ? [expect.stringMatching(/^note: (rolled back an interrupted run \(process \d+, started [^)]+\): \d+ file\(s\) put back|an interrupted run( \(process \d+, started [^)]+\))? had (moved nothing|put every file))/)] : []);
  expect(next.err[next.err.length - 1]).toMatch(/^\[ERROR\] /);
  const now = treeState(dir);
  expect([JSON.stringify(before), JSON.stringify(after)]).toContain(JSON.stringify(now));
  seen[JSON.stringify(now) === JSON.stringify(before) ? 'old' : 'new']++;
  if (JSON.stringify(now) === JSON.stringify(before) && seen.old === 1) {
    expect(runBin(pkg, c.args, dir)).toMatchObject({ status: 0, err: [] });
    expect(treeState(dir)).toEqual(after);
  }
  return true;
}

/** `count` distinct whole numbers in [lo, hi], drawn from `seed` (mulberry32), leaving out `taken`. */
function sample(seed: number, lo: number, hi: number, count: number, taken: Set<number>): number[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const free = Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => lo + i).filter((n) => !taken.has(n));
  const out: number[] = [];
  while (out.length < count && free.length) out.push(free.splice(Math.floor(next() * free.length), 1)[0]);
  return out;
}

/** The last write step: a run killed at n is killed iff n is at most that step (doubling, then halving). */
function lastStep(killed: (n: number) => boolean): number {
  let lo = 0;
  let hi = 16;
  while (killed(hi)) {
    lo = hi;
    hi *= 2;
    if (hi > 1024) throw new Error('a run killed at step 1024 was still writing');
  }
  while (hi - lo > 1) {
    const m = (lo + hi) >> 1;
    if (killed(m)) lo = m; else hi = m;
  }
  return lo;
}

describe.each(Object.entries(CASES))('%s killed at write steps', (_name, c) => {
  test(`old or new after the next run, then a clean run (${c.every ? 'every step' : `first, last, sample of seed ${SEED}`})`, () => {
    const before = treeState(c.base());
    const ref = copyTree(c.base(), 'kill-ref');
    expect(runBin(pkg, c.args, ref)).toMatchObject({ status: 0, err: [] });
    const after = treeState(ref);
    expect(after).not.toEqual(before);
    const seen = { old: 0, new: 0 };
    const tried = new Map<number, boolean>(); // step → the run was killed there
    const killed = (n: number) => {
      if (!tried.has(n)) tried.set(n, killAt(c, n, before, after, seen));
      return tried.get(n)!;
    };
    let last = 0;
    if (c.every) while (last < 200 && killed(last + 1)) last++;
    else {
      last = lastStep(killed);
      for (const n of [1, ...sample(SEED, 2, last - 1, SAMPLED, new Set(tried.keys()))]) killed(n);
    }
    expect([tried.get(last), tried.get(last + 1)]).toEqual([true, false]); // killed at the last step, completed past it
    expect([...tried].filter(([n, k]) => k !== (n <= last))).toEqual([]);
    expect(last).toBeGreaterThan(6);
    expect(seen.old).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);
  }, 300_000);
});
