// scripts/bundle-bin.mjs's last step: V8's code cache of the pack, one per tier (bin/load-pack.ts). A design run
// of the blog example through the bin (db-schema: TurboFan off, `light`) and through plop (`full`: V8 as it
// starts, as in `plop db-schema`), each keeping the bytecode of what it ran; then each run again must find its
// cache taken by V8 (DB_SCAFFOLD_CODE_CACHE=report), or the build fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The two runs: the tier each makes the cache for, and node's arguments for a run writing into `dest`. */
function runs(root, spec) {
  const plop = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
  return [
    ['light', (dest) => [join(root, 'dist', 'bin', 'db-scaffold.js'), 'db-schema', '--dest', dest, '--', '--spec', spec]],
    ['full', (dest) => [plop, '--plopfile', join(root, 'dist', 'plopfile.js'), 'db-schema', '--', '--spec', spec, '--dest', dest]],
  ];
}

export function makeCodeCaches(root, packId) {
  const work = mkdtempSync(join(tmpdir(), 'dbs-code-cache-'));
  const env = (mode) => {
    const e = { ...process.env, CI: 'true', NODE_OPTIONS: '', DB_SCAFFOLD_CODE_CACHE: mode };
    delete e.DB_SCAFFOLD_V8;
    return e;
  };
  try {
    let n = 0;
    for (const [tier, args] of runs(root, join(root, 'examples', 'blog.json'))) {
      execFileSync(process.execPath, args(join(work, String(n++))), { cwd: work, env: env('write'), stdio: 'pipe' });
      const file = join(root, 'dist', 'bin', `pack.${tier}.${packId}.cache`);
      if (!existsSync(file)) throw new Error(`bundle-bin: the ${tier} run wrote no code cache`);
      const r = spawnSync(process.execPath, args(join(work, String(n++))), { cwd: work, env: env('report'), encoding: 'utf8' });
      if (r.status !== 0 || !r.stderr.includes(`code cache ${tier}: taken`)) {
        throw new Error(`bundle-bin: the ${tier} code cache was not taken: ${r.stderr.trim().split('\n').pop()}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
