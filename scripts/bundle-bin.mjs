// `node scripts/bundle-bin.mjs` (the last step of `npm run build`, after tsc): the bin and the plop pack as one
// file, loaded with V8's code cache, so `npx db-scaffold …` and `plop db-schema` start without resolving and
// reading ~100 modules one by one, and without parsing or compiling what a design run uses.
//
// - dist/bin/pack.cjs: bin/pack.ts (bin/main.ts, generators/plopfile.ts) and everything they import statically (our sources,
//   zod, handlebars' runtime with the templates precompiled (scripts/precompile.mjs), change-case, pluralize,
//   fs-extra), as CommonJS: a vm.Script can take a code cache on node 20, an ES module cannot. Modules behind an
//   import() of our own (the seed renderer, the wizard's screens) are in it too, run only when that import() runs.
// - dist/bin/db-scaffold.js (package.json's `bin`) and dist/bin/plopfile.js: small ES modules that set V8's tier
//   and load the pack (bin/load-pack.ts); dist/plopfile.js (`main`) points at the second.
// - dist/bin/pack.<tier>.<id>.cache: V8's code cache of a design run per tier (scripts/bundle-cache.mjs); <id> is
//   the pack's hash, so a cache never meets another build's pack.
// Kept out: plop, inquirer, faker and the database clients (loaded by import() through src/base/esm-import.ts, or
// by the lazily run modules that use them). Paths still work: src/core/paths.ts walks up from the pack's file.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompilePlugin } from './precompile.mjs';
import { checkEntries, checkLazy, checkOneByte } from './bundle-checks.mjs';
import { makeCodeCaches } from './bundle-cache.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bin');
/** ES-module-only packages the lazily run modules import statically (the seed's rng.ts, the wizard's screens): in the
 *  pack, the module its lazy entry loaded first (src/seed/lazy.ts, src/wizard/tty/lazy.ts; bin/load-pack.ts). */
const PRELOADED = ['@faker-js/faker', '@inquirer/core'];
/** Never bundled: the plop stack, faker, the database clients, and anything of theirs. */
const EXTERNAL = ['plop', 'node-plop', 'inquirer', '@inquirer/*', '@faker-js/faker',
  'pg', 'mysql2', 'mysql2/*', '@electric-sql/pglite', 'sql.js', 'cli-highlight', 'diff'];
const target = `node${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node.replace(/[^\d.]/g, '').split('.')[0]}`;

// a previous build's chunks, tsc's copies of the bin's modules, and every cache: nothing of another build stays
rmSync(join(OUT, 'chunks'), { recursive: true, force: true });
for (const f of readdirSync(OUT)) if (/^(main|pack|load-pack)\.js$|\.cache$/.test(f)) rmSync(join(OUT, f));

/** src/base/esm-import.ts in the pack: the import() the loader passes in (`__dbsImport`, bin/load-pack.ts). */
const loaderImport = {
  name: 'loader-import',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]base[\\/]esm-import\.ts$/ }, () => ({
      contents: 'export const importEsm = (specifier) => __dbsImport(specifier);\n', loader: 'js',
    }));
  },
};

const preloaded = {
  name: 'preloaded',
  setup(b) {
    const filter = new RegExp(`^(${PRELOADED.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (a) => ({ path: a.path, namespace: 'preloaded' }));
    b.onLoad({ filter: /.*/, namespace: 'preloaded' }, (a) => ({ contents: `module.exports = __dbsPreloaded(${JSON.stringify(a.path)});\n`, loader: 'js' }));
  },
};

// DBS_BUNDLE_PRETTY=1: an unminified bundle, for a profile that names lines (never shipped).
const PRETTY = process.env.DBS_BUNDLE_PRETTY === '1';
const common = { absWorkingDir: ROOT, bundle: true, platform: 'node', target, legalComments: 'none', logLevel: 'warning', metafile: true };
await build({
  ...common,
  entryPoints: [join(ROOT, 'bin', 'pack.ts')],
  outfile: join(OUT, 'pack.cjs'),
  format: 'cjs',
  external: EXTERNAL.filter((e) => !PRELOADED.includes(e)),
  define: { 'import.meta.url': '__dbsUrl', 'import.meta.resolve': '__dbsResolve' },
  // Less to parse (~5 ms); identifiers are kept, so stack traces still name our functions.
  minifyWhitespace: !PRETTY,
  minifySyntax: !PRETTY,
  plugins: [precompilePlugin(join(ROOT, 'templates')), loaderImport, preloaded],
});
const packId = createHash('sha256').update(readFileSync(join(OUT, 'pack.cjs'))).digest('hex').slice(0, 12);

const entries = await build({
  ...common,
  entryPoints: { 'db-scaffold': join(ROOT, 'bin', 'db-scaffold.ts'), plopfile: join(ROOT, 'bin', 'plopfile.ts') },
  outdir: OUT,
  format: 'esm',
  define: { __PACK_ID__: JSON.stringify(packId) },
});

checkEntries(entries.metafile);
if (!PRETTY) checkOneByte(ROOT, [join(OUT, 'pack.cjs'), join(OUT, 'db-scaffold.js'), join(OUT, 'plopfile.js')]);

// `main`, plop.load('db-scaffold') and the bin's plop path load dist/plopfile.js: one line that points at the entry
writeFileSync(join(ROOT, 'dist', 'plopfile.js'), "// The pack's plopfile, bundled by scripts/bundle-bin.mjs.\nexport { default } from './bin/plopfile.js';\n");

// tsc writes the bin 644 and npm sets 755 only on install: `npx db-scaffold` inside the package folder needs it now
chmodSync(join(OUT, 'db-scaffold.js'), 0o755);

checkLazy(ROOT, EXTERNAL);
makeCodeCaches(ROOT, packId);
