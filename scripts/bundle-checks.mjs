// scripts/bundle-bin.mjs's checks on what it wrote: the entries hold only the loader, every file stays one-byte,
// and a design run loads nothing that is meant to stay lazy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const fail = (why) => { throw new Error(`bundle-bin: ${why}`); };
const LOADER = ['bin/db-scaffold.ts', 'bin/plopfile.ts', 'bin/load-pack.ts', 'src/cli/v8-tier.ts'];

/** dist/bin/db-scaffold.js and plopfile.js: the tier and the loader, node's built-ins; the pack is read as a file. */
export function checkEntries(metafile) {
  for (const [out, o] of Object.entries(metafile.outputs)) {
    const extra = Object.keys(o.inputs).filter((i) => !LOADER.includes(i.replaceAll('\\', '/')));
    if (extra.length) fail(`${out} holds ${extra.join(', ')} (only the loader belongs in an entry)`);
    const other = o.imports.filter((i) => !i.path.startsWith('node:'));
    if (other.length) fail(`${out} imports ${other.map((i) => i.path).join(', ')}`);
  }
}

/** One character above U+00FF (a regex literal esbuild leaves unescaped) and V8 holds the whole file two-byte. */
export function checkOneByte(root, files) {
  for (const f of files) {
    const wide = /[^\u0000-\u00ff]/.exec(readFileSync(f, 'utf8'));
    if (wide) fail(`${relative(root, f)} holds ${JSON.stringify(wide[0])}: escape it (\\u${wide[0].charCodeAt(0).toString(16)})`);
  }
}

const HOOK = `const Module = require('node:module'); const seen = new Set(); const load = Module._load;
Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };
process.on('exit', () => require('node:fs').writeFileSync(process.env.DBS_LOADED, [...seen].join('\\n')));
`;

/** `--help` and db-schema on the blog example through the built bin: what they required, none of the lazy packages
 *  (the plop stack, faker, the clients) nor child_process (git is asked only inside a repository). */
export function checkLazy(root, external) {
  const work = mkdtempSync(join(tmpdir(), 'dbs-bundle-check-'));
  const lazy = (p) => ['node:child_process', 'child_process'].includes(p)
    || external.some((e) => (e.endsWith('*') ? p.startsWith(e.slice(0, -1)) : p === e || p.startsWith(`${e}/`)));
  try {
    writeFileSync(join(work, 'hook.cjs'), HOOK);
    const runs = [['--help'], ['db-schema', '--dest', join(work, 'out'), '--', '--spec', join(root, 'examples', 'blog.json')]];
    for (const args of runs) {
      const loaded = join(work, 'loaded.txt');
      execFileSync(process.execPath, ['-r', join(work, 'hook.cjs'), join(root, 'dist', 'bin', 'db-scaffold.js'), ...args],
        { cwd: work, env: { ...process.env, CI: 'true', NODE_OPTIONS: '', DBS_LOADED: loaded }, stdio: 'pipe' });
      const eager = readFileSync(loaded, 'utf8').split('\n').filter(lazy);
      if (eager.length) fail(`${eager.join(', ')} would load with \`db-scaffold ${args[0]}\``);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
