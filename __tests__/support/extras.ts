/**
 * Suites that need Debian's extras beyond Node and the two servers (with their clients psql and mariadb):
 * python3-sqlalchemy, python3-alembic, python3-psycopg2, python3-pymysql (through /usr/bin/python3), golang-go with
 * golang-ariga-atlas-dev, chromium, tmux (the terminal tests) and sqlite3 (SQLite's own command-line client).
 * Present: the suite runs. Missing and CI unset: skipped with one loud line naming the packages and
 * `bash .ci/run` (which installs them). Missing under CI=true: the suite runs and fails, as before.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { isCi } from './engines.js';
import { CHROMIUM as BROWSER } from './chromium.js';

export interface Extra { packages: string[]; present: () => boolean }

const PY = process.env.DBS_PYTHON ?? '/usr/bin/python3'; // DBS_PYTHON: another interpreter (e.g. one without the extras)
const imports = (mods: string[]) => () => spawnSync(PY, ['-c', `import ${mods.join(', ')}`], { stdio: 'ignore' }).status === 0;

export const SQLALCHEMY: Extra = { packages: ['python3-sqlalchemy', 'python3-alembic'], present: imports(['sqlalchemy', 'alembic']) };
export const PSYCOPG2: Extra = { packages: ['python3-psycopg2'], present: imports(['psycopg2']) };
export const PYMYSQL: Extra = { packages: ['python3-pymysql'], present: imports(['pymysql']) };
export const ATLAS_GO: Extra = {
  packages: ['golang-go', 'golang-ariga-atlas-dev'],
  present: () => spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0 && existsSync('/usr/share/gocode/src/ariga.io/atlas'),
};

/** Debian's chromium (the picture's readers: Mermaid's parser, the SVG's geometry): it must start, not only exist. */
export const CHROMIUM: Extra = { packages: ['chromium'], present: () => spawnSync(BROWSER, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0 };

/** tmux drives the terminal tests (support/pty.ts); sqlite3 is SQLite's own shell, as users load files. */
const runs = (cmd: string, args: string[]) => () => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
export const TMUX: Extra = { packages: ['tmux'], present: runs('tmux', ['-V']) };
export const SQLITE3: Extra = { packages: ['sqlite3'], present: runs('sqlite3', ['--version']) };

export const pythonBin = () => PY;

/** The packages of `extras` missing here, or none under CI=true (there the suite runs and fails). Says so in one line. */
function skipping(extras: Extra[], name: string): boolean {
  const missing = extras.filter((x) => !x.present()).flatMap((x) => x.packages);
  if (!missing.length || isCi()) return false;
  const why = `needs Debian's ${missing.join(', ')}; install them with \`bash .ci/run\` (under CI=true this suite fails instead)`;
  process.stderr.write(`\n[extras] SKIPPED "${name}": ${why}\n`); // not console.warn: jest hides a skipped file's console
  return true;
}

/** describe() for a suite that needs `extras`: run, or (CI unset) skip loudly in one line. */
export function describeWith(extras: Extra[], name: string, fn: () => void): void {
  (skipping(extras, name) ? describe.skip : describe)(name, fn);
}

/** The same for one test. */
export function testWith(extras: Extra[], name: string, fn: () => unknown, timeoutMs?: number): void {
  (skipping(extras, name) ? test.skip : test)(name, fn as () => void, timeoutMs);
}

/**
 * A whole test file that needs `extras` (one side-effect import before its tests, as support/needs-tmux.ts): missing and CI
 * unset, every describe/test the file (and its helpers) declares from here on is declared skipped and its hooks
 * dropped, after one line naming the file. Each test file has its own globals, so no other file is touched.
 */
export function skipFileWithout(extras: Extra[]): void {
  const file = relative(process.cwd(), expect.getState().testPath ?? 'this file');
  if (!skipping(extras, file)) return;
  const g = globalThis as unknown as Record<string, unknown>;
  const t = Object.assign(test.skip.bind(null), { each: test.skip.each, skip: test.skip, only: test.skip, concurrent: test.skip, todo: test.todo });
  const d = Object.assign(describe.skip.bind(null), { each: describe.skip.each, skip: describe.skip, only: describe.skip });
  Object.assign(g, { test: t, it: t, describe: d, beforeAll: () => {}, afterAll: () => {}, beforeEach: () => {}, afterEach: () => {} });
}
