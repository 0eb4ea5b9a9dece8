/** An isolated handlebars instance; helpers are stateless and read the dialect from the data (@root.dialect). */
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES } from '../base/paths.js';
import { dialectOf, emitStatement } from '../dialects/registry.js';
import type { DialectId } from '../dialects/dialect.js';
import type { Statement } from '../model/statements.js';

export const hbs = Handlebars.create();

/** The engine's own helpers, shared with plop (plopfile registers the same functions); the layers above hand
 *  theirs to `render` (orm/files.ts: the ORM files' type mappings), so this module imports none of them. */
export const helpers: Record<string, Handlebars.HelperDelegate> = {
  sql: (dialect: DialectId, s: Statement) => emitStatement(dialectOf(dialect), s).join('\n'),
  dialectLabel: (dialect: DialectId) => dialectOf(dialect).label,
};
for (const [name, fn] of Object.entries(helpers)) hbs.registerHelper(name, fn);

const cache = new Map<string, Handlebars.TemplateDelegate>();

export type Helpers = Record<string, Handlebars.HelperDelegate>;

/** Render templates/<name>.hbs (with `more` helpers beside the engine's own); output is trimmed of trailing blank
 *  lines and ends with one newline. */
export function render(name: string, data: object, more?: Helpers): string {
  let tpl = cache.get(name);
  if (!tpl) {
    tpl = hbs.compile(readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8'), { noEscape: true, strict: false });
    cache.set(name, tpl);
  }
  return tpl(data, more ? { helpers: more } : undefined).replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '') + '\n';
}
