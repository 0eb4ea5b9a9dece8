/**
 * node-plop and the CLI load the compiled pack (plopfile.js → dist/plopfile.js): rebuild when a source is newer
 * (tsc, then the bin's bundle: scripts/bundle-bin.mjs).
 * Jest workers build one at a time (a lock directory), so no worker loads dist/ while another rewrites it.
 * tsc emits even with type errors; those are the typecheck step's business, so they only warn here.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './golden.js';
import { track } from './temp.js';

const OUT = join(ROOT, 'dist', 'plopfile.js');
const LOCK = join(ROOT, 'dist', '.test-build-lock');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return /\.(ts|hbs)$/.test(path) ? st.mtimeMs : 0; // the bundles hold the templates precompiled
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const stale = () => Math.max(...['src', 'generators', 'bin', 'plopfile.ts', 'templates'].map((p) => newest(join(ROOT, p))))
  > (existsSync(OUT) ? statSync(OUT).mtimeMs : 0);

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function lock(): void {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (const start = Date.now(); ;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - start > 180_000) throw new Error(`build lock ${LOCK} held too long`);
      sleep(200);
    }
  }
}

export function ensureBuilt(): void {
  if (!stale()) return;
  lock();
  try {
    if (!stale()) return; // another worker built it while we waited
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle-bin.mjs')], { cwd: ROOT, stdio: 'pipe' }); // the bin as `npm run build` makes it
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer }; // tsc reports on stdout, node on stderr
    const text = String(stdout?.length ? stdout : (stderr ?? e)).split('\n').slice(0, 5).join('\n');
    if (!existsSync(OUT)) throw new Error(`build failed:\n${text}`);
    console.warn(`[build] tsc or the bin bundle reported errors (dist emitted anyway, the bin maybe unbundled):\n${text}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * A private copy of the built package (dist, templates, plopfile.js, package.json; node_modules linked), so a
 * CLI run is not hit by a concurrent rebuild of the shared dist/ (plop exits 0 when its plopfile fails to load).
 */
export function packageCopy(): string {
  ensureBuilt();
  const dir = track(mkdtempSync(join(tmpdir(), 'dbs-pkg-'))); // removed after the test file at the latest
  lock();
  try {
    for (const f of ['package.json', 'plopfile.js', 'design.schema.json', 'dist', 'templates']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
