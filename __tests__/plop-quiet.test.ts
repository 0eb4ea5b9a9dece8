/** `npx plop …` with its output piped: no stray `- ` spinner line before each written path (plop's progress
 *  spinner is off when stderr is not a terminal); the paths and the report are all that is printed. faker is
 *  loaded only by a run that plans a seed tier (seed/lazy.ts), not by the plopfile. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageCopy } from './support/build.js';
import { logLoads, packagesLoaded, runNode } from './support/bin-run.js';
import { tempDir } from './support/temp.js';

logLoads(); // the runs here are read for what they loaded
const BLOG = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'blog.json');

test('piped plop: the written paths without spinner lines', () => {
  const pkg = packageCopy();
  const dest = tempDir('plop-quiet');
  const plop = join(pkg, 'node_modules', 'plop', 'bin', 'plop.js');
  const r = runNode(plop, ['db-schema', '--', '--spec', BLOG, '--dest', dest], pkg, { NODE_ENV: '' }); // NODE_ENV=test: plop's jest mode
  expect(r.status).toBe(0);
  const all = [...r.out, ...r.err];
  expect(all).toEqual(expect.arrayContaining([expect.stringMatching(/db\/schema\.sql/), expect.stringMatching(/== db-scaffold report ==/)]));
  expect(all.filter((l) => /^\s*-\s*$|^- /.test(l))).toEqual([]);
  expect(packagesLoaded(r.loaded)).not.toContain('@faker-js/faker'); // the example's seed is skip: no faker
  const seeded = runNode(plop, ['db-seed', '--', '--seed', 'smoke', '--dest', dest], pkg, { NODE_ENV: '' });
  expect([...seeded.out, ...seeded.err]).toEqual(expect.arrayContaining([expect.stringMatching(/written\s+db\/seed\.sql$/)]));
  expect(packagesLoaded(seeded.loaded)).toContain('@faker-js/faker'); // a seed tier: loaded for its plan
}, 60_000);

test('piped plop, a refused run: the one `[ERROR]` line plop prints for a throwing generator, exit 1, nothing written', () => {
  const pkg = packageCopy();
  const dest = tempDir('plop-refused');
  const plop = join(pkg, 'node_modules', 'plop', 'bin', 'plop.js');
  const r = runNode(plop, ['db-seed', '--', '--seed', 'smoke', '--dest', dest], pkg, { NODE_ENV: '' });
  expect(r.status).toBe(1);
  expect([...r.out, ...r.err]).toEqual(['[ERROR] db-seed: no design in db/design.json yet; run `npx plop db-schema` first']);
  expect(readdirSync(dest)).toEqual([]);
}, 60_000);
