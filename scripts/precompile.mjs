// The esbuild plugin of scripts/bundle-bin.mjs that puts every templates/*.hbs into the bundle precompiled:
// src/render/precompiled.ts (empty in source) is replaced by a module mapping each template's name to its
// Handlebars.precompile output, made with the options render/hbs.ts compiles with, so a bundled run renders
// byte for byte what a compile on first use renders, without reading the .hbs files or loading the compiler.
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const OPTIONS = { noEscape: true, strict: false }; // = COMPILE_OPTIONS in src/render/hbs.ts

/** The module text: `export const PRECOMPILED = { "<name>": <spec>, … };` */
export function precompiledModule(templatesDir) {
  const names = readdirSync(templatesDir).filter((f) => f.endsWith('.hbs')).sort();
  const entries = names.map((f) => {
    const spec = Handlebars.precompile(readFileSync(join(templatesDir, f), 'utf8'), OPTIONS);
    return `${JSON.stringify(f.slice(0, -'.hbs'.length))}: ${spec}`;
  });
  return `export const PRECOMPILED = {\n${entries.join(',\n')}\n};\n`;
}

/** Replace src/render/precompiled.ts with the precompiled templates of `templatesDir`. */
export const precompilePlugin = (templatesDir) => ({
  name: 'precompiled-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, () => ({
      contents: precompiledModule(templatesDir), loader: 'js', watchFiles: [templatesDir],
    }));
  },
});
