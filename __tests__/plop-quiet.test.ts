/** `npx plop …` with its output piped: no stray `- ` spinner line before each written path (plop's progress
 *  spinner is off when stderr is not a terminal); the paths and the report are all that is printed. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageCopy } from './support/build.js';
import { runNode } from './support/bin-run.js';
import { tempDir } from './support/temp.js';

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
}, 60_000);
