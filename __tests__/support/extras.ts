/**
 * Suites that need Debian's extras beyond Node and the two servers: python3-sqlalchemy, python3-alembic,
 * python3-psycopg2, python3-pymysql (through /usr/bin/python3), golang-go with golang-ariga-atlas-dev, and chromium.
 * Present: the suite runs. Missing and CI unset: skipped with one loud line naming the packages and
 * `bash .ci/run` (which installs them). Missing under CI=true: the suite runs and fails, as before.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

export const pythonBin = () => PY;

/** describe() for a suite that needs `extras`: run, or (CI unset) skip loudly in one line. */
export function describeWith(extras: Extra[], name: string, fn: () => void): void {
  const missing = extras.filter((x) => !x.present()).flatMap((x) => x.packages);
  if (!missing.length || isCi()) return describe(name, fn);
  const why = `needs Debian's ${missing.join(', ')}; install them with \`bash .ci/run\` (under CI=true this suite fails instead)`;
  process.stderr.write(`\n[extras] SKIPPED "${name}": ${why}\n`); // not console.warn: jest hides a skipped file's console
  describe.skip(name, fn);
}
