/**
 * `--rows` is the volume tier's (README: "volume only"): db-seed with another tier and rows said now (a total,
 * rows per table, or "rows" in the spec) stops with one line naming the tier it applies to, exit 1, nothing
 * written; rows saved by an earlier volume run do not stop a later smoke run.
 * Before, `db-seed -- --seed smoke --rows 2000` wrote the smoke seed and said nothing of the rows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { runInProcess } from './support/bin-in-process.js';
import { snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';
import { ROOT } from './support/golden.js';

const BLOG = join(ROOT, 'examples', 'blog.json');
const LINE = /^\[ERROR\] seed: --rows (2000|users=5) applies to the volume tier only \(--seed volume\); smoke, rich and fixtures plan their own rows$/;
let dest = '';
beforeAll(async () => {
  dest = tempDir('seed-rows-tier');
  expect((await runInProcess(['db-schema', '--', '--spec', BLOG], dest)).status).toBe(0);
  writeFileSync(join(dest, 'seed.json'), JSON.stringify({ seed: 'fixtures', rows: 2000 }));
});

test('the bin: --seed smoke --rows 2000 refused in one line, nothing written', () => {
  const before = snapshot(dest);
  const r = runBin(packageCopy(), ['db-seed', '--', '--seed', 'smoke', '--rows', '2000'], dest);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(LINE)]);
  expect(snapshot(dest)).toEqual(before);
}, 300_000);

test.each([
  ['rows per table with rich', ['--seed', 'rich', '--rows', 'users=5']],
  ['"rows" in the spec with fixtures', ['--spec', 'seed.json']],
  ['rows with skip', ['--seed', 'skip', '--rows', '2000']],
])('%s: refused, nothing written', async (_what, args) => {
  const before = snapshot(dest);
  const r = await runInProcess(['db-seed', '--', ...args], dest);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(LINE)]);
  expect(snapshot(dest)).toEqual(before);
});

test('volume takes them; a later smoke run with the rows saved is not refused', async () => {
  expect(await runInProcess(['db-seed', '--', '--seed', 'volume', '--rows', '2000'], dest)).toMatchObject({ status: 0, err: [] });
  expect(await runInProcess(['db-seed', '--', '--seed', 'smoke'], dest)).toMatchObject({ status: 0, err: [] });
});
