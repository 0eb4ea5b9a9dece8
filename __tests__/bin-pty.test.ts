/** The package bin in a terminal: every answer given (--spec) still runs without plop; an answer missing
 *  hands over to plop's wizard, which asks for it. Needs `npm run build` (npm test does it). */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageCopy } from './support/build.js';
import { LOAD_LOG_HOOK, loadLog, NOW, PLOP_STACK, packagesLoaded, promptStack, readLoadLog } from './support/bin-run.js';
import { spawnTerm, type Term } from './support/pty.js';
import { snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';

const BLOG = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'blog.json');
let pkg = '';
let work = '';
const terms: Term[] = [];

beforeAll(() => {
  pkg = packageCopy(); // both removed after this file (support/cleanup.ts)
  work = tempDir('bin-pty');
});
afterEach(async () => { await Promise.all(terms.splice(0).map((t) => t.kill())); });

/** The bin in a terminal (no CI variable: the pty helper passes only PATH, HOME, LANG, TERM and these). */
async function inTerminal(args: string[], dest = mkdtempSync(join(work, 'dest-'))): Promise<{ dest: string; log: string; term: Term }> {
  const log = loadLog();
  const term = await spawnTerm('node', ['--import', LOAD_LOG_HOOK, join(pkg, 'dist', 'bin', 'db-scaffold.js'), ...args],
    { cwd: dest, env: { LOAD_LOG: log, DB_SCAFFOLD_NOW: NOW } });
  terms.push(term);
  return { dest, log, term };
}

test('every answer given: written without prompts and without plop, in a terminal too', async () => {
  const t = await inTerminal(['db-schema', '--', '--spec', BLOG]);
  expect(await t.term.exited(20_000)).toBe(0);
  expect(await t.term.screen()).toMatch(/written {3}db\/design\.json[\s\S]*== db-scaffold report ==/);
  expect(Object.keys(snapshot(t.dest))).toContain('migrations/20260102030405_init_schema.sql');
  expect(promptStack(readLoadLog(t.log))).toEqual([]);
});

test('an answer missing (intake): plop\'s wizard asks it, nothing written while it asks', async () => {
  const t = await inTerminal(['db-schema', '--', '--db', 'postgres', '--orm', 'none']);
  await t.term.waitFor('Describe the app', 20_000);
  expect(packagesLoaded(readLoadLog(t.log))).toEqual(expect.arrayContaining(PLOP_STACK));
  expect(snapshot(t.dest)).toEqual({});
});

test('db-seed with the tier given, in a terminal: no plop, faker for the tier', async () => {
  const first = await inTerminal(['db-schema', '--', '--spec', BLOG]);
  expect(await first.term.exited(20_000)).toBe(0);
  const t = await inTerminal(['db-seed', '--', '--seed', 'smoke'], first.dest);
  expect(await t.term.exited(20_000)).toBe(0);
  expect(snapshot(t.dest)['db/seed.sql'].body).toMatch(/INSERT INTO "users"/);
  expect(promptStack(readLoadLog(t.log))).toEqual([]);
  expect(packagesLoaded(readLoadLog(t.log))).toContain('@faker-js/faker');
});
