/** An isolated handlebars instance; helpers are stateless and read the dialect from the data (@root.dialect). */
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES } from '../core/paths.js';
import { dialectOf, emitStatement } from '../dialects/registry.js';
import type { DialectId } from '../dialects/dialect.js';
import type { Statement } from '../model/statements.js';
import { prismaHelpers } from '../orm/prisma/helpers.js';
import { sqlalchemyHelpers } from '../orm/sqlalchemy/helpers.js';
import { drizzleHelpers } from '../orm/drizzle/helpers.js';

export const hbs = Handlebars.create();

/** Helpers shared with plop (plopfile registers the same functions). */
export const helpers: Record<string, Handlebars.HelperDelegate> = {
  sql: (dialect: DialectId, s: Statement) => emitStatement(dialectOf(dialect), s).join('\n'),
  dialectLabel: (dialect: DialectId) => dialectOf(dialect).label,
  ...prismaHelpers,
  ...sqlalchemyHelpers,
  ...drizzleHelpers,
};
for (const [name, fn] of Object.entries(helpers)) hbs.registerHelper(name, fn);

const cache = new Map<string, Handlebars.TemplateDelegate>();

/** Render templates/<name>.hbs; output is trimmed of trailing blank lines and ends with one newline. */
export function render(name: string, data: object): string {
  let tpl = cache.get(name);
  if (!tpl) {
    tpl = hbs.compile(readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8'), { noEscape: true, strict: false });
    cache.set(name, tpl);
  }
  return tpl(data).replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '') + '\n';
}
