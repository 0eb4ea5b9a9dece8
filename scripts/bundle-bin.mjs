// `node scripts/bundle-bin.mjs` (the last step of `npm run build`, after tsc): the bin's fast path as one
// file, so `npx db-scaffold …` starts without resolving and reading ~100 modules one by one.
//
// bin/db-scaffold.ts and everything it imports statically (our sources, zod, handlebars' runtime with the
// templates precompiled (scripts/precompile.mjs), change-case, pluralize, fs-extra) go into
// dist/bin/db-scaffold.js, overwriting tsc's copy at the path package.json's `bin` names; plopfile.ts into
// dist/bin/plopfile.js, sharing the chunks (so the bin's plop path loads each module once). Kept out:
//  - plop, node-plop, inquirer: external, imported only on the plop path;
//  - the seed renderer (src/seed/index.ts, behind `import('./index.js')` in src/seed/lazy.ts) and
//    @faker-js/faker: code splitting puts them in dist/bin/chunks/, read only when a seed tier is planned.
// Paths still work: src/core/paths.ts walks up from its own file (now dist/bin/…) to the package root.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompilePlugin } from './precompile.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bin');
const CHUNKS = join(OUT, 'chunks');
/** Never bundled: the plop stack and faker (loaded lazily), and anything of theirs. */
const EXTERNAL = ['plop', 'node-plop', 'inquirer', '@inquirer/*', '@faker-js/faker',
  // database clients, loaded by db-import only (PGlite and sql.js find their wasm next to their own files)
  'pg', 'mysql2', 'mysql2/*', '@electric-sql/pglite', 'sql.js',
  // the wizard's highlighter, CommonJS: node's own import gives its named exports (a bundled copy would not)
  'cli-highlight'];

/** Built-ins the fast path does not use, loaded where they are (40 M instructions for child_process: git is asked
 *  only inside a repository, src/io/gitignore.ts). */
const NOT_EAGER = ['node:child_process', 'child_process'];

rmSync(CHUNKS, { recursive: true, force: true }); // chunk names carry a hash: no leftovers from a previous build

const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { 'db-scaffold': join(ROOT, 'bin', 'db-scaffold.ts'), plopfile: join(ROOT, 'plopfile.ts') },
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: `node${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node.replace(/\D/g, '')}`,
  external: EXTERNAL,
  // CommonJS packages in the bundle (handlebars, fs-extra) call require() for node built-ins.
  banner: { js: "import { createRequire as __dbsCreateRequire } from 'node:module'; const require = __dbsCreateRequire(import.meta.url);" },
  legalComments: 'none',
  // Less to parse (~5 ms); identifiers are kept, so stack traces still name our functions.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  plugins: [precompilePlugin(join(ROOT, 'templates'))],
  logLevel: 'warning',
});

// What the bin reads before it runs (the entry and the chunks it imports statically) must leave out what is
// meant to stay lazy: the plop stack, faker, and the seed renderer's own source.
const outputs = result.metafile.outputs;
const lazy = (p) => EXTERNAL.some((e) => (e.endsWith('*') ? p.startsWith(e.slice(0, -1)) : p === e || p.startsWith(`${e}/`)));
const eager = new Set();
for (const todo = [relative(ROOT, join(OUT, 'db-scaffold.js'))]; todo.length;) {
  const out = todo.pop();
  if (eager.has(out)) continue;
  if (!outputs[out]) throw new Error(`bundle-bin: ${out} was not written`);
  eager.add(out);
  for (const i of outputs[out].imports) {
    if (i.kind !== 'import-statement') continue;
    if (i.external && (lazy(i.path) || NOT_EAGER.includes(i.path))) throw new Error(`bundle-bin: ${i.path} would load with the bin (${out})`);
    if (!i.external) todo.push(i.path);
  }
}
// One character above U+00FF (a regex literal esbuild leaves unescaped) and V8 holds the whole chunk two-byte.
for (const out of eager) {
  const wide = /[^\u0000-\u00ff]/.exec(readFileSync(join(ROOT, out), 'utf8'));
  if (wide) throw new Error(`bundle-bin: ${out} holds ${JSON.stringify(wide[0])}: escape it (\\u${wide[0].charCodeAt(0).toString(16)})`);
}
const seedSource = join('src', 'seed', 'index.ts');
for (const out of eager) {
  if (Object.keys(outputs[out].inputs).includes(seedSource)) throw new Error(`bundle-bin: ${seedSource} would load with the bin (${out})`);
}

// The plop pack as the same bundle (its chunks shared with the bin's): `main`, plop.load('db-scaffold') and the
// bin's plop path still load dist/plopfile.js, now one line that points at it (tsc's copy loaded ~150 modules).
writeFileSync(join(ROOT, 'dist', 'plopfile.js'), "// The pack's plopfile, bundled by scripts/bundle-bin.mjs.\nexport { default } from './bin/plopfile.js';\n");

// tsc writes the bin 644 and npm sets 755 only on install: `npx db-scaffold` inside the package folder needs it now
chmodSync(join(OUT, 'db-scaffold.js'), 0o755);
