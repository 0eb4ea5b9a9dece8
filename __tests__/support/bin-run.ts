/** The built bin (`node dist/bin/db-scaffold.js`) and plop itself, run without a terminal from a package copy;
 *  with the load log (fixtures/load-log.mjs), the module URLs each run resolved. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp.js';

export const LOAD_LOG_HOOK = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'load-log.mjs');
export const NOW = '2026-01-02T03:04:05Z';

let logs: string | undefined; // one folder for the test file's load logs, removed after it
let count = 0;
export const loadLog = () => join((logs ??= tempDir('loadlog')), `run-${++count}.txt`);
export const readLoadLog = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);

export interface Run { status: number | null; out: string[]; err: string[]; loaded: string[] }

const lines = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trimEnd()).filter((l) => l.trim());

let logging = false;
/** Runs of this test file keep the load log (its module hook is a loader thread in every run: ~0.1 s of CPU a bin
 *  run, more for plop), so only the files that read `loaded` ask for it; elsewhere reading `loaded` throws. */
export const logLoads = () => { logging = true; };
const unlogged = (r: Omit<Run, 'loaded'>): Run => Object.defineProperty(r, 'loaded', { enumerable: false,
  get: () => { throw new Error('Run.loaded: call logLoads() in this test file first'); } }) as Run;

/** `node [--import load-log] <script> …args` in `cwd`: CI mode, stdin closed, the clock pinned. */
export function runNode(script: string, args: string[], cwd: string, env: Record<string, string> = {}, timeout = 60_000): Run {
  const log = logging ? loadLog() : undefined;
  const r = spawnSync(process.execPath, [...(log ? ['--import', LOAD_LOG_HOOK] : []), script, ...args], {
    cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout,
    env: { ...process.env, CI: 'true', DB_SCAFFOLD_NOW: NOW, NODE_OPTIONS: '', ...(log ? { LOAD_LOG: log } : {}), ...env },
  });
  const run = { status: r.status, out: lines(r.stdout), err: lines(r.stderr) };
  return log ? { ...run, loaded: readLoadLog(log) } : unlogged(run);
}

export const runBin = (pkg: string, args: string[], cwd: string, env?: Record<string, string>, timeout?: number) =>
  runNode(join(pkg, 'dist', 'bin', 'db-scaffold.js'), args, cwd, env, timeout);

/** plop as the README shows it (`npx plop <gen> -- … --dest DIR`), from the package folder. */
export const runPlop = (pkg: string, args: string[]) => runNode(join(pkg, 'node_modules', 'plop', 'bin', 'plop.js'), args, pkg);

/** Packages a run loaded, by name (e.g. 'plop', 'node-plop', 'inquirer', '@faker-js/faker'). */
export const packagesLoaded = (loaded: string[]) =>
  [...new Set(loaded.map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((p): p is string => !!p))].sort();

/** plop and its prompt stack: none of them may load on the fast path. */
export const PLOP_STACK = ['inquirer', 'node-plop', 'plop'];
export const promptStack = (loaded: string[]) => packagesLoaded(loaded).filter((p) => /^(plop|node-plop|inquirer|@inquirer\/)/.test(p));
