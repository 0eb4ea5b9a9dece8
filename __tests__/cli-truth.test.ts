/** The bin says what it does: options before `--` honoured, unknown or misplaced options and spec keys refused
 *  in one line with the closest form (exit 1, the tree unchanged), a mistyped generator with --help answered,
 *  every key in each generator's help, the bin executable after a build, a finished design's re-run one line. */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BLOG = join(ROOT, 'examples', 'blog.json');
let pkg = '';
let work = '';
const fresh = (tag: string) => mkdtempSync(join(work, `${tag}-`));

beforeAll(() => {
  pkg = packageCopy();
  work = tempDir('cli-truth');
});

test('options before -- count as after it: db-scaffold db-schema --spec x.json writes the design', () => {
  const dest = fresh('before');
  const r = runBin(pkg, ['db-schema', '--spec', BLOG], dest);
  expect(r).toMatchObject({ status: 0, err: [] });
  expect(Object.keys(snapshot(dest))).toEqual(expect.arrayContaining(['db/design.json', 'db/schema.sql']));
});

test.each([
  ['an unknown option before --', ['db-schema', '--bogus', '1'], /^\[ERROR\] db-schema: unknown option --bogus \(db-scaffold db-schema --help lists them\)$/, /wizard/],
  ['an unknown option after --', ['db-schema', '--', '--bogus', '1'], /^\[ERROR\] db-schema: unknown option --bogus \(db-schema takes --spec, --dest, --help, --intake, .*--existing, --timestamps, --rows, --safety, --lockTimeout, --statementTimeout\)$/, /swallow/],
  ['a typo before --', ['db-schema', '--spce', 'x.json'], /^\[ERROR\] db-schema: unknown option --spce; did you mean --spec\? /, /wizard/],
  ["db-seed's typo after --", ['db-seed', '--', '--sede', 'smoke'], /^\[ERROR\] db-seed: unknown option --sede; did you mean --seed\? \(db-seed takes --spec, --dest, --help, --seed, --rows, --apply\)$/, /intake/],
  ["db-seed's typo before --", ['db-seed', '--sede', 'smoke'], /^\[ERROR\] db-seed: unknown option --sede; did you mean --seed\? /, /intake/],
  ['a stray word', ['db-schema', 'extra'], /^\[ERROR\] unexpected 'extra' after the generator db-schema; answers go as --<key> VALUE/, /wizard/],
  ['a mistyped generator with --help', ['db-chnge', '--help'], /^\[ERROR\] unknown generator 'db-chnge'; did you mean db-change\? \(generators: /, /^Usage:/],
])('%s: one line, exit 1, nothing written', (_what, args, line, old) => {
  const dest = fresh('refuse');
  const r = runBin(pkg, args, dest);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(line)]);
  expect(r.err.join('\n')).not.toMatch(old);
  expect(snapshot(dest)).toEqual({});
});

test('an unknown spec key: the closest key named (and no stack)', () => {
  const dest = fresh('spec-key');
  writeFileSync(join(work, 'dbb.json'), JSON.stringify({ intake: 'A shop.', dbb: 'postgres' }));
  const r = runBin(pkg, ['db-schema', '--', '--spec', join(work, 'dbb.json')], dest);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(/^\[ERROR\] --spec \S+dbb\.json: unknown key 'dbb'; did you mean db\? \(allowed: intake, db, /)]);
  expect(snapshot(dest)).toEqual({});
});

test("db-change: a spec key near one of its own is named (renamse → renames)", () => {
  const dest = fresh('change-key');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], dest).status).toBe(0);
  const before = snapshot(dest);
  writeFileSync(join(work, 'renamse.json'), JSON.stringify({ entities: 'User: email', renamse: [] }));
  const r = runBin(pkg, ['db-change', '--', '--spec', join(work, 'renamse.json')], dest);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(/unrecognized key.*"renamse"; did you mean renames\? \(db-change takes entities, relations, renames, /i)]);
  expect(snapshot(dest)).toEqual(before);
});

test.each([
  ['db-schema', ['existing', 'timestamps', 'intake', 'seed']],
  ['db-change', ['entities', 'relations', 'renames', 'replace', 'allowDestructive', 'backfill', 'renameValues']],
  ['db-seed', ['seed']],
])('%s --help lists every key it takes', (name, keys) => {
  const r = runBin(pkg, [name, '--help'], work);
  expect(r.status).toBe(0);
  for (const k of keys) expect(r.out).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^  ${k}\\s{2,}\\S`))]));
});

test('the bin is executable after a build (npx db-scaffold inside the package folder)', () => {
  expect(statSync(join(ROOT, 'dist', 'bin', 'db-scaffold.js')).mode & 0o755).toBe(0o755);
});

test('a spec re-run on a finished design: one line, nothing written, no report', () => {
  const dest = fresh('again');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], dest).status).toBe(0);
  const before = snapshot(dest);
  const r = runBin(pkg, ['db-schema', '--', '--spec', BLOG], dest);
  expect(r).toMatchObject({ status: 0, err: [] });
  expect(r.out).toEqual([expect.stringMatching(/^db\/design\.json: this design is finished \(1 migration written\); nothing to ask\. Evolve it with /)]);
  expect(r.out.join('\n')).not.toMatch(/unchanged lines|== db-scaffold report ==/);
  expect(snapshot(dest)).toEqual(before);
});
