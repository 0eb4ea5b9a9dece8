/**
 * All or nothing: a run SIGKILLed at each of its write steps (DB_SCAFFOLD_TEST_KILL_AT=n) leaves a tree
 * the next run puts back to exactly the old design or the new one (one line saying so) before anything
 * else; the run after that proceeds cleanly, to exactly what an uninterrupted run writes.
 */
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';
import { copyTree, treeState } from './support/tree-hash.js';

const BLOG = join(process.cwd(), 'examples', 'blog.json');
let pkg = '';
let schemaOnly = '';

beforeAll(() => {
  pkg = packageCopy();
  schemaOnly = tempDir('kill-base');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], schemaOnly).status).toBe(0);
});

interface Case { args: string[]; refused: string[]; base: () => string }

const CASES: Record<string, Case> = {
  'db-schema': { args: ['db-schema', '--', '--spec', BLOG, '--seed', 'smoke'], refused: ['db-schema', '--', '--spec', BLOG, '--seed', 'bogus'], base: () => tempDir('kill-empty') },
  'db-entity': { args: ['db-entity', '--', '--entities', 'Badge: label, post_id'], refused: ['db-entity', '--', '--relations', '[bad'], base: () => schemaOnly },
  'db-seed': { args: ['db-seed', '--', '--seed', 'rich'], refused: ['db-seed', '--', '--seed', 'bogus'], base: () => schemaOnly },
};

describe.each(Object.entries(CASES))('%s killed at each write step', (_name, c) => {
  test('old or new after the next run, then a clean run', () => {
    const before = treeState(c.base());
    const ref = copyTree(c.base(), 'kill-ref');
    expect(runBin(pkg, c.args, ref)).toMatchObject({ status: 0, err: [] });
    const after = treeState(ref);
    expect(after).not.toEqual(before);
    let steps = 0;
    const seen = { old: 0, new: 0 };
    for (let n = 1; n < 200; n++) {
      const dir = copyTree(c.base(), 'kill');
      const killed = runBin(pkg, c.args, dir, { DB_SCAFFOLD_TEST_KILL_AT: String(n) });
      if (killed.status === 0) break; // n is past the last write step: the run completed
      expect(killed.status).toBeNull(); // SIGKILL
      steps = n;
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
      if (JSON.stringify(now) === JSON.stringify(before)) {
        expect(runBin(pkg, c.args, dir)).toMatchObject({ status: 0, err: [] });
        expect(treeState(dir)).toEqual(after);
      }
    }
    expect(steps).toBeGreaterThan(6);
    expect(seen.old).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);
  }, 300_000);
});
