/**
 * node-plop and the CLI load the compiled pack (plopfile.js → dist/plopfile.js): rebuild when a source is newer.
 * tsc emits even with type errors; those are the typecheck step's business, so they only warn here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './golden.js';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return path.endsWith('.ts') ? st.mtimeMs : 0;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

export function ensureBuilt(): void {
  const out = join(ROOT, 'dist', 'plopfile.js');
  const built = existsSync(out) ? statSync(out).mtimeMs : 0;
  const source = Math.max(...['src', 'generators', 'bin', 'plopfile.ts'].map((p) => newest(join(ROOT, p))));
  if (source <= built) return;
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    const text = String((e as { stdout?: Buffer }).stdout ?? e).split('\n').slice(0, 5).join('\n');
    if (!existsSync(out)) throw new Error(`build failed:\n${text}`);
    console.warn(`[build] tsc reported errors (dist emitted anyway):\n${text}`);
  }
}
