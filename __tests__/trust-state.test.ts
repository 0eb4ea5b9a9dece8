/**
 * Files a branch can bring are not trusted (the journal: trust-journal.test.ts): text from the lock and
 * db/design.json is printed escaped (no terminal escapes, no forged `[ERROR]` line), the run folder and
 * the lock are git-ignored, and a new migration sorts after every migration on disk, recorded or not.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';
import { copyTree, treeState } from './support/tree-hash.js';
const BLOG = join(process.cwd(), 'examples', 'blog.json');
let pkg = '';
let base = '';

beforeAll(() => {
  pkg = packageCopy();
  base = tempDir('trust-base');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], base).status).toBe(0);
});

const ENTITY = ['db-entity', '--', '--entities', 'Badge: label'];

test('a lock whose text forges a line: its note printed escaped, one line, no terminal escape', () => {
  const dir = copyTree(base, 'trust-lock');
  const started = '\u001b]0;pwned\u0007\n[ERROR] forged line';
  writeFileSync(join(dir, '.db-scaffold.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), started }));
  const r = runBin(pkg, ENTITY, dir);
  expect(r.status).toBe(0);
  expect(r.err).toEqual(['note: took over the lock of process 4206649 (started \\u001b]0;pwned\\u0007\\u000a[ERROR] forged line), which is no longer running']);
});

test('db/design.json holding a terminal escape in a name: one line, escaped, the tree unchanged', () => {
  const dir = copyTree(base, 'trust-design');
  const file = join(dir, 'db', 'design.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"name": "User"', '"name": "User\\u001b[31m\\n[ERROR] forged"'));
  const before = treeState(dir);
  const r = runBin(pkg, ENTITY, dir);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(/^\[ERROR\] db\/design\.json: model\.entities\[\d+\]\.name "User\\u001b\[31m\\u000a\[ERROR\] forged" contains a control character \(U\+001B\)/)]);
  expect(treeState(dir)).toEqual(before);
});

test('the .gitignore the tool writes ignores its run folder and lock (git says so)', () => {
  const dir = tempDir('trust-git');
  expect(spawnSync('git', ['-C', dir, 'init', '-q']).status).toBe(0);
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], dir).status).toBe(0);
  expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('# db-scaffold: secrets never enter git\nsecrets/\n'
    + "# db-scaffold: a run's staging folder and lock stay on this machine\n.db-scaffold-run/\n.db-scaffold.lock\n");
  for (const p of ['.db-scaffold-run/journal.json', '.db-scaffold-run/new-0', '.db-scaffold.lock', 'secrets/db.env']) {
    expect([p, spawnSync('git', ['-C', dir, 'check-ignore', '-q', p]).status]).toEqual([p, 0]);
  }
});

test('an unrecorded later migration on disk: the new one sorts after it', () => {
  const dir = copyTree(base, 'trust-version');
  writeFileSync(join(dir, 'migrations', '99990101000000_teammate.sql'), 'SELECT 1;\n');
  const r = runBin(pkg, ENTITY, dir);
  expect(r.status).toBe(0);
  const files = readdirSync(join(dir, 'migrations')).sort();
  expect(files.slice(-3)).toEqual(['99990101000000_teammate.sql', '99990101000001_add_badge.down.sql', '99990101000001_add_badge.sql']);
  const design = JSON.parse(readFileSync(join(dir, 'db', 'design.json'), 'utf8')) as { migrations: { version: string }[] };
  expect(design.migrations.map((m) => m.version)).toEqual(['20260102030405', '99990101000001']);
});

test('a design made from a CRLF spec (its entity lines keep their CR) still loads: CR is no escape', () => {
  const dir = tempDir('trust-crlf');
  const blog = JSON.parse(readFileSync(BLOG, 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 's.json'), JSON.stringify({ ...blog, relations: [], entities: 'User: email\r\nPost: title' }));
  expect(runBin(pkg, ['db-schema', '--', '--spec', 's.json'], dir).status).toBe(0);
  expect(readFileSync(join(dir, 'db', 'design.json'), 'utf8')).toContain('\\r\\n');
  expect(runBin(pkg, ENTITY, dir)).toMatchObject({ status: 0, err: [] });
});
