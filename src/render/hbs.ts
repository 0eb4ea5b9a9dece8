/** An isolated handlebars instance; helpers are stateless and read the dialect from the data (@root.dialect). */
import type Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TEMPLATES } from '../base/paths.js';
import { dialectOf, emitStatement } from '../dialects/registry.js';
import type { DialectId } from '../dialects/dialect.js';
import type { Statement } from '../model/statements.js';
import { PRECOMPILED } from './precompiled.js';

/** The options every template is compiled with (scripts/precompile.mjs passes the same to precompile). */
export const COMPILE_OPTIONS = { noEscape: true, strict: false } as const;

/** What `{{sqlEach dialect statements}}` writes: each statement's SQL between newlines. */
export function emitAll(dialect: DialectId, ss: readonly Statement[]): string {
  const d = dialectOf(dialect);
  let out = '';
  for (const s of ss) out += `\n${emitStatement(d, s).join('\n')}\n`;
  return out;
}

/** The engine's own helpers, shared with plop (plopfile registers the same functions); the layers above hand
 *  theirs to `render` (orm/files.ts: the ORM files' type mappings), so this module imports none of them. */
export const helpers: Record<string, Handlebars.HelperDelegate> = {
  sql: (dialect: DialectId, s: Statement) => emitStatement(dialectOf(dialect), s).join('\n'),
  // every statement of a migration or schema.sql in one call (what `{{#each}}` of `\n{{sql}}\n` wrote, without a
  // helper call and a block frame per statement)
  // `emitted`: that text made already (the first migration's up and schema.sql share it: render/sql-files.ts)
  sqlEach: (dialect: DialectId, ss: Statement[], emitted?: unknown) =>
    (typeof emitted === 'string' ? emitted : emitAll(dialect, ss)),
  dialectLabel: (dialect: DialectId) => dialectOf(dialect).label,
};
const withHelpers = <T extends typeof Handlebars>(env: T): T => {
  for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn);
  return env;
};
/** The runtime runs precompiled specs; the compiler (three times its size) loads only for a template not in them. */
const runtime = withHelpers((Runtime as unknown as typeof Handlebars).create());
let compiler: typeof Handlebars | undefined;

const cache = new Map<string, Handlebars.TemplateDelegate>();

export type Helpers = Record<string, Handlebars.HelperDelegate>;

function template(name: string): Handlebars.TemplateDelegate {
  const spec = PRECOMPILED[name];
  if (spec) return runtime.template(spec);
  compiler ??= withHelpers((createRequire(import.meta.url)('handlebars') as typeof Handlebars).create());
  return compiler.compile(readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8'), COMPILE_OPTIONS);
}

/** Render templates/<name>.hbs (with `more` helpers beside the engine's own); output is trimmed of trailing blank
 *  lines and ends with one newline. */
export function render(name: string, data: object, more?: Helpers): string {
  let tpl = cache.get(name);
  if (!tpl) {
    tpl = template(name);
    cache.set(name, tpl);
  }
  const out = tpl(data, more ? { helpers: more } : undefined);
  // trimEnd strips what /\s+$/ matches (whitespace and line terminators), without a regex tried at every blank
  return (out.includes('\n\n\n') ? out.replace(/\n{3,}/g, '\n\n') : out).trimEnd() + '\n';
}
