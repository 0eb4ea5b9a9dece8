/**
 * Every file-system and stream error is one line (what, which path, what to do), a non-zero exit, no stack
 * trace, and the target exactly as it was: a read-only target as a non-root user, a full disk (a small
 * tmpfs), a folder where a file belongs, a file where a folder belongs, injected faults at several write
 * steps; a closed stdout after a complete run exits 0.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { NOW, runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';
import { copyTree, treeState } from './support/tree-hash.js';

const BLOG = join(process.cwd(), 'examples', 'blog.json');
let pkg = '';
let schemaOnly = '';
const ONE_LINE = (re: RegExp) => [expect.stringMatching(new RegExp(`^\\[ERROR\\] ${re.source}`))];

beforeAll(() => {
  pkg = packageCopy();
  chmodSync(pkg, 0o755); // readable by the unprivileged user below
  schemaOnly = tempDir('err-base');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], schemaOnly).status).toBe(0);
});

/** The bin as user nobody (tests run as root, which every permission lets through). */
function asNobody(args: string[], cwd: string) {
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(pkg, 'dist/bin/db-scaffold.js'), ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', DB_SCAFFOLD_NOW: NOW, NODE_OPTIONS: '', HOME: '/tmp' },
  });
  return { status: r.status, out: r.stdout.split('\n').filter(Boolean), err: r.stderr.split('\n').filter(Boolean) };
}

test('a read-only target, as a non-root user: one line, exit 1, the tree unchanged', () => {
  const dir = copyTree(schemaOnly, 'err-ro');
  chmodSync(dir, 0o755);
  const before = treeState(dir);
  const r = asNobody(['db-entity', '--', '--entities', 'Badge: label'], dir);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual(ONE_LINE(/permission denied on \.db-scaffold\.lock; make the target writable for you \(or choose another --dest\) \(nothing was changed\)$/));
  expect(treeState(dir)).toEqual(before);
});

test('a writable target with a read-only migrations/ folder: staged, refused at the move, undone', () => {
  const dir = copyTree(schemaOnly, 'err-ro-mig');
  chmodSync(dir, 0o777);
  chmodSync(join(dir, 'migrations'), 0o755);
  const before = treeState(dir);
  const r = asNobody(['db-entity', '--', '--entities', 'Badge: label'], dir);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual(ONE_LINE(/permission denied on migrations\/\d{14}_add_badge\.sql; make the target writable.* \(nothing was changed\)$/));
  expect(treeState(dir)).toEqual(before);
});

describe('a full disk (a 48 KiB tmpfs)', () => {
  const mnt = tempDir('err-full');
  let mounted = false;
  beforeAll(() => { mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', mnt]).status === 0; });
  afterAll(() => { if (mounted) spawnSync('umount', [mnt]); });
  test('ENOSPC mid-run: one line, exit 1, nothing left (real tmpfs, or an injected ENOSPC where mount is not allowed)', () => {
    const dir = mounted ? mnt : tempDir('err-full-injected');
    writeFileSync(join(dir, 'keep.txt'), 'x'.repeat(8 * 1024));
    const before = treeState(dir);
    const r = runBin(pkg, ['db-schema', '--', '--spec', BLOG, '--seed', 'rich', '--entities', Array.from({ length: 30 }, (_, i) => `Thing${'abcdefghijklmnopqrstuvwxyzabcd'[i]}${i}: title, body:text, status:enum(a|b), price_amount`).join('\n'), '--relations', '[]'],
      dir, mounted ? {} : { DB_SCAFFOLD_TEST_FAIL_AT: '5:ENOSPC' });
    expect(r).toMatchObject({ status: 1, out: [] });
    expect(r.err).toEqual(ONE_LINE(/no space left on the device writing \S+; free some space and run again \(nothing was changed\)$/));
    expect(treeState(dir)).toEqual(before);
  });
});

test.each([
  ['a folder where a file belongs (EISDIR)', (d: string) => mkdirSync(join(d, 'db/schema.sql')), /db\/schema\.sql is a folder where a file belongs; move it away and run again/],
  ['a pipe as the state', (d: string) => spawnSync('mkfifo', [join(d, 'db/design.json')]), /db\/design\.json: a pipe, not a file; give a JSON file$/],
  ['a pipe where a file belongs', (d: string) => spawnSync('mkfifo', [join(d, 'db/schema.sql')]), /db\/schema\.sql is not a regular file \(a pipe, socket or device\); move it away/],
  ['a folder named like the lock file', (d: string) => mkdirSync(join(d, '.db-scaffold.lock')), /\.db-scaffold\.lock is a folder where a file belongs; move it away and run again/],
  ['a file named like the run folder', (d: string) => writeFileSync(join(d, '.db-scaffold-run'), ''), /a file stands where a folder belongs on the way to \.db-scaffold-run; move it away/],
  ['a file where a folder belongs (ENOTDIR)', (d: string) => writeFileSync(join(d, 'migrations'), 'x'), /a file stands where a folder belongs on the way to migrations\/\d+_init_schema\.sql; move it away/],
])('%s: one line, exit 1, the tree unchanged', (_what, prepare, message) => {
  const dir = tempDir('err-kind');
  mkdirSync(join(dir, 'db'));
  prepare(dir);
  const before = treeState(dir);
  const r = runBin(pkg, ['db-schema', '--', '--spec', BLOG], dir);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual(ONE_LINE(message));
  expect(treeState(dir)).toEqual(before);
});

// db-entity's steps: 1 the run folder, 2-13 staged files (the pair, schema.sql, the picture's three, the state) and copies
// of the old ones, 14-15 the journal, 16-22 the moves (state last)
test.each([[1, 'EEXIST'], [4, 'EIO'], [7, 'EACCES'], [15, 'ENOSPC'], [18, 'EPERM'], [22, 'EIO']])('write step %s fails with %s: one line, undone', (step, code) => {
  const dir = copyTree(schemaOnly, 'err-inject');
  const before = treeState(dir);
  const r = runBin(pkg, ['db-entity', '--', '--entities', 'Badge: label, post_id'], dir, { DB_SCAFFOLD_TEST_FAIL_AT: `${step}:${code}` });
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(/^\[ERROR\] [^\n]+ \(nothing was changed\)$/)]);
  expect(treeState(dir)).toEqual(before);
});

test('a fault in the clean-up after the state is in place: the run stands (exit 0); the next run finishes the clean-up', () => {
  const dir = copyTree(schemaOnly, 'err-cleanup');
  const r = runBin(pkg, ['db-entity', '--', '--entities', 'Badge: label'], dir, { DB_SCAFFOLD_TEST_FAIL_AT: '23:EIO' });
  expect(r).toMatchObject({ status: 0, err: [] });
  expect(Object.keys(treeState(dir)).filter((p) => p.startsWith('.db-scaffold-run'))).not.toEqual([]);
  const next = runBin(pkg, ['db-seed', '--', '--seed', 'skip'], dir);
  expect(next).toMatchObject({ status: 0, err: [expect.stringMatching(/^note: an interrupted run \(process \d+, started .+\) had put every file in place; finished its clean-up$/)] });
  expect(Object.keys(treeState(dir)).filter((p) => p.startsWith('.db-scaffold'))).toEqual([]);
});

test('stdout closed early after a complete run: exit 0, every file written', () => {
  const dir = tempDir('err-epipe');
  const bin = join(pkg, 'dist/bin/db-scaffold.js');
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" db-schema -- --spec "${BLOG}" --seed rich | head -c 1 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', DB_SCAFFOLD_NOW: NOW, NODE_OPTIONS: '' },
  });
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toBe('exit=0');
  expect(Object.keys(treeState(dir))).toEqual(expect.arrayContaining(['db/design.json', 'db/seed.sql', 'db/schema.sql', 'secrets/db.env']));
});
