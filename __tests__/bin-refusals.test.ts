/** The package bin's refusals without a terminal: exit 1, one `[ERROR]` line on stderr (the line plop prints
 *  for the same input), no stack trace, nothing written. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageCopy } from './support/build.js';
import { runBin, runPlop } from './support/bin-run.js';
import { snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';

let pkg = '';
let work = '';
const fresh = (tag: string) => mkdtempSync(join(work, `${tag}-`));
const BLOG = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'blog.json');

beforeAll(() => {
  pkg = packageCopy(); // both removed after this file (support/cleanup.ts)
  work = tempDir('bin-refuse');
});

test.each([
  ['a bad value', ['db-schema', '--', '--spec', BLOG, '--db', 'oracle'], /^\[ERROR\] --db: db "oracle" is not allowed \(allowed: postgres\|mysql\|sqlite\)$/],
  ['missing answers', ['db-schema', '--', '--db', 'mysql'], /^\[ERROR\] missing answers: intake, orm, scale, style, .*\(no terminal to ask/],
  ['no such spec', ['db-schema', '--', '--spec', 'nope.json'], /^\[ERROR\] --spec nope\.json: no such file$/],
  ['a bad argument', ['db-schema', '--', 'stray'], /^\[ERROR\] argument 'stray': expected --key value/],
  ['db-seed before db-schema', ['db-seed', '--', '--seed', 'smoke'], /^\[ERROR\] db-seed: no design in db\/design\.json yet/],
  ['db-entity before db-schema', ['db-entity', '--', '--entities', 'Badge: label'], /^\[ERROR\] db-entity: no design in db\/design\.json yet/],
])('%s', (_what, args, message) => {
  const dest = fresh('refuse');
  const r = runBin(pkg, args, dest);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(message)]);
  expect(snapshot(dest)).toEqual({});
  const p = runPlop(pkg, [...args, '--dest', dest]);
  expect(p.err.filter((l) => l.startsWith('[ERROR]'))).toEqual(r.err);
});

test('a state key given to db-entity: refused in one line, the state untouched', () => {
  const dest = fresh('entity-key');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], dest).status).toBe(0);
  const before = snapshot(dest);
  const r = runBin(pkg, ['db-entity', '--', '--entities', 'Badge: label', '--db', 'mysql'], dest);
  expect(r).toMatchObject({ status: 1, out: [], err: ["[ERROR] db-entity: 'db' comes from db/design.json; give only entities and relations"] });
  expect(snapshot(dest)).toEqual(before);
});

test.each([
  ['no generator', [], /^\[ERROR\] no generator given; one of: db-schema, db-intake, .*db-seed(, db-[a-z]+)* \(db-scaffold --help\)$/],
  ['an unknown generator', ['db-shema', '--', '--spec', BLOG], /^\[ERROR\] unknown generator 'db-shema'; did you mean db-schema\? \(generators: db-schema, .*db-seed(, db-[a-z]+)*\)$/],
])('%s: one line naming the generators', (_what, args, message) => {
  const dest = fresh('name');
  const r = runBin(pkg, args, dest);
  expect(r).toMatchObject({ status: 1, out: [], err: [expect.stringMatching(message)] });
  expect(snapshot(dest)).toEqual({});
});

test('a pack that fails to load (plop path): one line, exit 1, nothing written (plop alone would exit 0)', () => {
  const broken = fresh('broken-pkg');
  cpSync(pkg, broken, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(broken, 'dist', 'plopfile.js'), 'throw new Error("half-written plopfile");\n');
  const dest = fresh('broken');
  const r = runBin(broken, ['db-schema', '--force', '--', '--spec', BLOG], dest);
  expect(r).toMatchObject({ status: 1, out: [], err: [expect.stringMatching(/^\[ERROR\] cannot load the generator pack \S*plopfile\.js: half-written plopfile$/)] });
  expect(snapshot(dest)).toEqual({});
});
