/**
 * The gate of support/extras.ts, in a child jest whose PATH holds node alone (no tmux, no sqlite3): CI unset, the
 * file and the suite are skipped, each with its one `[extras] SKIPPED` line, and the rest runs; CI=true, they run
 * and fail. The two probes (__tests__/fixtures/extras-gate/) are no test files of the suite itself.
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './support/temp.js';

const root = process.cwd();
const bin = tempDir('extras-gate');
symlinkSync(process.execPath, join(bin, 'node'));

function probe(ci: boolean): { status: number | null; err: string } {
  const args = ['--rootDir', root, '--roots', '<rootDir>/__tests__/fixtures/extras-gate', '--testMatch', '**/extras-gate/*.ts'];
  const env = { PATH: bin, HOME: process.env.HOME ?? bin, NODE_OPTIONS: '--experimental-vm-modules', ...(ci ? { CI: 'true' } : {}) };
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...args],
    { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, err: r.stderr };
}

const line = (what: string, pkg: string) =>
  `[extras] SKIPPED "${what}": needs Debian's ${pkg}; install them with \`bash .ci/run\` (under CI=true this suite fails instead)`;

test('CI unset: one line per skipped file, suite and test; nothing of them runs, the rest does', () => {
  const r = probe(false);
  const lines = r.err.split('\n').filter((l) => l.startsWith('[extras]'));
  expect(lines.sort()).toEqual([
    line('__tests__/fixtures/extras-gate/whole-file.ts', 'tmux'), line('a sqlite3 suite', 'sqlite3'), line('a sqlite3 test', 'sqlite3'),
  ].sort());
  expect(r.err).toMatch(/^Tests: {7}6 skipped, 1 passed, 7 total$/m);
  expect(r.err).not.toMatch(/^\[probe\] a hook ran$/m);
  expect(r.status).toBe(0);
}, 180_000);

test('CI=true: no line, the suites run and fail on the missing programs', () => {
  const r = probe(true);
  expect(r.err).not.toMatch(/\[extras\]/);
  expect(r.err).toMatch(/^Tests: {7}6 failed, 1 passed, 7 total$/m);
  expect(r.err.match(/Received: null/g)).toHaveLength(6); // each spawn found no program (status null), nothing else failed
  expect(r.err.match(/^\[probe\] a hook ran$/gm)).toHaveLength(2);
  expect(r.status).toBe(1);
}, 180_000);
