/**
 * Stay inside the target, secrets stay out of git, bad input stays one line: symlinked secrets/, db/ and
 * migrations/ leading outside are refused (nothing written on either side); git decides what `.gitignore`
 * ignores (`secrets/*` + `!secrets/db.env` is not ignoring it); an existing secret readable by others is
 * warned about once, never printed; `--spec /dev/zero`, duplicate keys and an empty `--dest` are one line.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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
  schemaOnly = tempDir('safe-base');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], schemaOnly).status).toBe(0);
});

describe.each([
  ['secrets', 'db-schema', () => tempDir('safe-fresh'), ['db-schema', '--', '--spec', BLOG]],
  ['db', 'db-schema', () => tempDir('safe-fresh'), ['db-schema', '--', '--spec', BLOG]],
  ['migrations', 'db-entity', () => copyTree(schemaOnly, 'safe-mig'), ['db-entity', '--', '--entities', 'Badge: label']],
])('%s/ a symlink to a folder outside the target (%s)', (folder, _gen, base, args) => {
  test('refused in one line; neither the target nor the outside folder changes', () => {
    const dir = base();
    const outside = tempDir('safe-outside');
    if (folder === 'migrations') spawnSync('mv', [join(dir, 'migrations'), join(outside, 'moved')]);
    symlinkSync(outside, join(dir, folder));
    const [before, beforeOut] = [treeState(dir), treeState(outside)];
    const r = runBin(pkg, args, dir);
    expect(r).toMatchObject({ status: 1, out: [] });
    expect(r.err).toEqual([expect.stringMatching(new RegExp(`^\\[ERROR\\] ${folder}: a symbolic link to \\S+, outside the target \\S+; db-scaffold writes only inside the target \\(replace the link with a real folder\\)$`))]);
    expect(treeState(dir)).toEqual(before);
    expect(treeState(outside)).toEqual(beforeOut);
  });
});

test('a symlinked folder that stays inside the target is followed', () => {
  const dir = tempDir('safe-inner');
  mkdirSync(join(dir, 'real-db'));
  symlinkSync('real-db', join(dir, 'db'));
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], dir)).toMatchObject({ status: 0, err: [] });
  expect(treeState(dir)).toMatchObject({ db: 'link real-db', 'real-db/design.json': expect.any(String) });
});

const git = (dir: string, ...args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });

test('a git repo whose .gitignore re-includes secrets/db.env: a winning rule is appended; git then ignores it', () => {
  const dir = tempDir('safe-git');
  expect(git(dir, 'init', '-q').status).toBe(0);
  writeFileSync(join(dir, '.gitignore'), 'secrets/*\n!secrets/db.env\n');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], dir).status).toBe(0);
  expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^secrets\/\*\n!secrets\/db\.env\n# db-scaffold: secrets never enter git\nsecrets\/\n# db-scaffold: [^\n]+\n\.db-scaffold-run\/\n\.db-scaffold\.lock\n$/);
  expect(git(dir, 'status', '--porcelain', '--untracked-files=all').stdout).not.toMatch(/secrets/);
  expect(git(dir, 'check-ignore', '-q', 'secrets/db.env').status).toBe(0);
});

test('outside git, the same negation is read from the lines: the rule is appended too', () => {
  const dir = tempDir('safe-nogit');
  writeFileSync(join(dir, '.gitignore'), 'secrets/*\n!secrets/db.env\n');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], dir).status).toBe(0);
  expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/!secrets\/db\.env\n# db-scaffold: secrets never enter git\nsecrets\/\n# db-scaffold: [^\n]+\n\.db-scaffold-run\/\n\.db-scaffold\.lock\n$/);
});

test('an existing secrets/db.env readable by others: one warning with the fix, the file untouched and unprinted', () => {
  const dir = tempDir('safe-mode');
  mkdirSync(join(dir, 'secrets'));
  writeFileSync(join(dir, 'secrets/db.env'), 'DATABASE_URL=postgres://u:hunter2@h/db\n');
  chmodSync(join(dir, 'secrets/db.env'), 0o644);
  const before = treeState(dir)['secrets/db.env'];
  const r = runBin(pkg, ['db-schema', '--', '--spec', BLOG], dir);
  expect(r.status).toBe(0);
  const all = [...r.out, ...r.err].join('\n');
  expect(all.match(/readable by other users/g)).toHaveLength(1);
  expect(all).toContain('secrets/db.env is readable by other users (mode 0644); restrict it: chmod 600 secrets/db.env');
  expect(all).not.toContain('hunter2');
  expect(treeState(dir)['secrets/db.env']).toBe(before);
});

test.each([
  ['--spec /dev/zero', ['db-schema', '--', '--spec', '/dev/zero'], /^\[ERROR\] --spec \/dev\/zero: a device, not a file; give a JSON file$/],
  ['--spec a folder', ['db-schema', '--', '--spec', '.'], /^\[ERROR\] --spec \.: a folder, not a file; give a JSON file$/],
  ['a spec over 1 MiB', ['db-schema', '--', '--spec', 'big.json'], /^\[ERROR\] --spec big\.json: \d+ bytes, over the 1 MiB limit for a spec$/],
  ['a key given twice', ['db-schema', '--', '--spec', 'dup.json'], /^\[ERROR\] --spec dup\.json: the key 'relations\[0\]\.kind' is given twice; keep one$/],
  ['an empty --dest after --', ['db-schema', '--', '--spec', BLOG, '--dest', ''], /^\[ERROR\] --dest: empty; give a folder/],
  ['an empty plop --dest', ['db-schema', '--dest', '', '--', '--spec', BLOG], /^\[ERROR\] --dest: empty; give a folder/],
])('%s: one line, exit 1, the tree unchanged', (_what, args, message) => {
  const dir = tempDir('safe-spec');
  writeFileSync(join(dir, 'big.json'), `{"intake": "${'x'.repeat(1024 * 1024)}"}`);
  writeFileSync(join(dir, 'dup.json'), '{"relations": [{"from": "User", "to": "Post", "kind": "none", "kind": "one-to-many"}]}');
  const before = treeState(dir);
  const r = spawnSync('timeout', ['20', process.execPath, join(pkg, 'dist/bin/db-scaffold.js'), ...args], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', NODE_OPTIONS: '' },
  });
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
  expect(treeState(dir)).toEqual(before);
});

test.each([
  ['a run folder that is a link outside', (d: string, out: string) => symlinkSync(out, join(d, '.db-scaffold-run')), /^\[ERROR\] \.db-scaffold-run is a symbolic link; db-scaffold's run folder must be a real folder/],
  ['a journal naming a path outside', (d: string) => {
    mkdirSync(join(d, '.db-scaffold-run'));
    writeFileSync(join(d, '.db-scaffold-run/journal.json'), JSON.stringify({ pid: 1, started: 'x', dirs: [], entries: [{ path: '../victim', staged: 'new-0' }] }));
  }, /^\[ERROR\] \.db-scaffold-run\/journal\.json is not a journal a db-scaffold run wrote in this folder/], // trust-state.test.ts
])('recovery never reaches outside: %s', (_what, plant, message) => {
  const dir = tempDir('safe-journal');
  const out = tempDir('safe-journal-out');
  writeFileSync(join(out, 'keep'), 'x');
  plant(dir, out);
  const before = [treeState(dir), treeState(out)];
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], dir)).toMatchObject({ status: 1, out: [], err: [expect.stringMatching(message)] });
  expect([treeState(dir), treeState(out)]).toEqual(before);
});
