/**
 * Files a branch can bring are not trusted: a crafted journal never deletes or changes a file the tool did
 * not stage (the NOTES.md case), text from the journal, the lock and db/design.json is printed escaped (no
 * terminal escapes, no forged `[ERROR]` line), the run folder and the lock are git-ignored, and a new
 * migration sorts after every migration on disk, recorded or not.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';
import { copyTree, treeState } from './support/tree-hash.js';

const BLOG = join(process.cwd(), 'examples', 'blog.json');
const NOTES = '# team notes\nnever written by db-scaffold\n';
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
let pkg = '';
let base = '';

beforeAll(() => {
  pkg = packageCopy();
  base = tempDir('trust-base');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], base).status).toBe(0);
  writeFileSync(join(base, 'NOTES.md'), NOTES);
});

const ENTITY = ['db-entity', '--', '--entities', 'Badge: label'];
const brought = (dir: string, journal: unknown) => {
  mkdirSync(join(dir, '.db-scaffold-run'));
  writeFileSync(join(dir, '.db-scaffold-run', 'journal.json'), JSON.stringify(journal));
};
const FOREIGN = /^\[ERROR\] \.db-scaffold-run\/journal\.json is not a journal a db-scaffold run wrote in this folder \(a branch or a copy can bring one\); nothing was changed/;

test.each([
  ['the journal of the first release, naming NOTES.md', { pid: 4242, started: '2026-01-01T00:00:00.000Z', entries: [{ path: 'NOTES.md', staged: 'new-0' }], dirs: [] }],
  ['a journal with the right hash of NOTES.md (brought with its folder)', {
    pid: 4242, started: '2026-01-01T00:00:00.000Z', run: '1:2', entries: [{ path: 'NOTES.md', staged: 'new-0', sha: sha(NOTES), id: '1:3' }], dirs: [] }],
  ['a journal whose text forges a line and drives the terminal', {
    pid: 4242, started: '\u001b[2J\n[ERROR] forged', run: '1:2', entries: [], dirs: [] }],
  ['a journal removing a folder it wrote nothing into', { pid: 4242, started: '2026-01-01T00:00:00.000Z', run: '1:2', entries: [], dirs: ['db'] }],
])('%s: refused in one line, exit 1, the tree unchanged', (_what, journal) => {
  const dir = copyTree(base, 'trust-brought');
  brought(dir, journal);
  const before = treeState(dir);
  const r = runBin(pkg, ENTITY, dir);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(FOREIGN)]);
  expect(treeState(dir)).toEqual(before);
  expect(readFileSync(join(dir, 'NOTES.md'), 'utf8')).toBe(NOTES);
});

/** A run of db-entity killed after it moved some files into place (its journal real), or undefined. */
function interrupted(): string {
  for (let n = 1; n < 60; n++) {
    const dir = copyTree(base, 'trust-killed');
    const r = runBin(pkg, ENTITY, dir, { DB_SCAFFOLD_TEST_KILL_AT: String(n) });
    expect(r.status).toBeNull();
    const run = join(dir, '.db-scaffold-run');
    if (!existsSync(join(run, 'journal.json'))) continue;
    const j = JSON.parse(readFileSync(join(run, 'journal.json'), 'utf8')) as { entries: { staged: string }[] };
    const moved = j.entries.filter((e) => !existsSync(join(run, e.staged))).length;
    if (moved > 0 && moved < j.entries.length) return dir;
  }
  throw new Error('no write step left a half-moved run');
}

test('a real interrupted run whose journal is edited to name NOTES.md: refused, nothing rolled back or removed', () => {
  const dir = interrupted();
  const file = join(dir, '.db-scaffold-run', 'journal.json');
  const j = JSON.parse(readFileSync(file, 'utf8')) as { entries: object[] };
  j.entries.unshift({ path: 'NOTES.md', staged: 'new-99', sha: sha(NOTES), id: '1:1' }); // its content's hash is known to anyone
  writeFileSync(file, JSON.stringify(j));
  const { '.db-scaffold.lock': killedLock, ...before } = treeState(dir); // the killed run's lock: taken over, as it is gone
  expect(killedLock).toBeDefined();
  const r = runBin(pkg, ENTITY, dir);
  expect(r.status).toBe(1);
  expect(r.err[r.err.length - 1]).toMatch(/^\[ERROR\] \.db-scaffold-run\/journal\.json would roll back "NOTES\.md", which is not the file that run wrote there/);
  expect(treeState(dir)).toEqual(before);
  expect(readFileSync(join(dir, 'NOTES.md'), 'utf8')).toBe(NOTES);
});

test('the same interrupted run untouched: rolled back from its own journal, then the change runs cleanly', () => {
  const dir = interrupted();
  const r = runBin(pkg, ENTITY, dir);
  expect(r.status).toBe(0);
  expect(r.err.some((l) => /^note: rolled back an interrupted run \(process \d+, started [^)]+\): \d+ file\(s\) put back/.test(l))).toBe(true);
  expect(readFileSync(join(dir, 'NOTES.md'), 'utf8')).toBe(NOTES);
});

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
