/**
 * A crafted journal never deletes or changes a file the tool did not stage (the NOTES.md case): a journal
 * brought with its folder (another folder identity), or one edited to name a file the run never wrote there
 * (the file's inode and hash are not the staged one's), is refused in one line, the tree unchanged; a real
 * interrupted run is still rolled back from its own journal. The rest of "trust": trust-state.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A run of db-entity killed after it moved some files into place (its journal real); the search for such a
 *  write step starts where the last one found it. */
let halfway = 1;
function interrupted(): string {
  for (let n = halfway; n < 60; n++) {
    const dir = copyTree(base, 'trust-killed');
    const r = runBin(pkg, ENTITY, dir, { DB_SCAFFOLD_TEST_KILL_AT: String(n) });
    expect(r.status).toBeNull();
    const run = join(dir, '.db-scaffold-run');
    if (!existsSync(join(run, 'journal.json'))) continue;
    const j = JSON.parse(readFileSync(join(run, 'journal.json'), 'utf8')) as { entries: { staged: string }[] };
    const moved = j.entries.filter((e) => !existsSync(join(run, e.staged))).length;
    if (moved > 0 && moved < j.entries.length) return (halfway = n, dir);
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
