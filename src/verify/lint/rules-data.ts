/** Rules about the rows a table may hold: NOT NULL without a default, and drops the down cannot undo. */
import type { Rule } from './context.js';
import { upShapes } from './context.js';

/** ADD COLUMN … NOT NULL with no DEFAULT on a table an earlier migration created (squawk; Atlas MF103). */
export const addingRequiredField: Rule = {
  id: 'adding-required-field', alias: 'MF103',
  check: (ctx) => [...upShapes(ctx)].flatMap(({ m, s, sh }) => (sh.kind === 'add-column' && sh.notNull && !sh.hasDefault && ctx.existedBefore(sh.table, m.index)
    ? [{ file: m.text.up.file, line: s.line, message: `${sh.table}.${sh.column} is added NOT NULL without a default, and ${sh.table} may hold rows`,
      fix: 'give it a DEFAULT, or add it NULL, backfill, then SET NOT NULL' }] : [])),
};

/** SET NOT NULL on a column of a table that may hold rows, with no UPDATE of that table before it in the up (squawk). */
export const addingNotNullableField: Rule = {
  id: 'adding-not-nullable-field',
  check: (ctx) => [...upShapes(ctx)].flatMap(({ m, s, sh }) => {
    if (sh.kind !== 'set-not-null' || !ctx.existedBefore(sh.table, m.index)) return [];
    // MySQL's MODIFY restates the column: NOT NULL in the down too means it was NOT NULL before (a type change, not a SET NOT NULL)
    if (m.down.some((x) => x.shapes.some((y) => y.kind === 'set-not-null' && y.table === sh.table && y.column === sh.column))) return [];
    const backfilled = m.up.some((x) => x.line < s.line && new RegExp(`^UPDATE ${sh.table.toUpperCase()} SET .*\\b${sh.column.toUpperCase()}\\b`).test(x.flat));
    return backfilled ? [] : [{ file: m.text.up.file, line: s.line, message: `${sh.table}.${sh.column} is made NOT NULL with no backfill, and ${sh.table} may hold NULLs`,
      fix: `UPDATE ${sh.table} SET ${sh.column} = … WHERE ${sh.column} IS NULL first (db-change does it with a backfill)` }];
  }),
};

const irreversible = (t: string[], table: string) => t.map((x) => x.toLowerCase()).includes(table);

/** DROP TABLE in an up whose down does not create it again, and the table is not marked irreversible (squawk; Atlas DS102). */
export const banDropTable: Rule = {
  id: 'ban-drop-table', alias: 'DS102',
  check: (ctx) => [...upShapes(ctx)].flatMap(({ m, s, sh }) => {
    if (sh.kind !== 'drop-table') return [];
    const restored = m.down.some((x) => x.shapes.some((y) => y.kind === 'create-table' && y.table === sh.table));
    const rebuilt = m.up.some((x) => x.line > s.line && x.shapes.some((y) => y.kind === 'rename-table' && y.to === sh.table)); // SQLite's table rebuild
    return restored || rebuilt || irreversible(m.text.irreversible, sh.table) ? [] : [{ file: m.text.up.file, line: s.line,
      message: `table ${sh.table} is dropped and ${m.text.down.file} does not create it again`,
      fix: `restore it in the down (CREATE TABLE ${sh.table} …), or mark it irreversible` }];
  }),
};

/** DROP COLUMN in an up whose down does not add it back (nor rebuilds the table with it), not irreversible (squawk; Atlas DS103). */
export const banDropColumn: Rule = {
  id: 'ban-drop-column', alias: 'DS103',
  check: (ctx) => [...upShapes(ctx)].flatMap(({ m, s, sh }) => {
    if (sh.kind !== 'drop-column') return [];
    const restored = m.down.some((x) => x.shapes.some((y) => (y.kind === 'add-column' && y.table === sh.table && y.column === sh.column)
      || (y.kind === 'create-table' && y.table.includes(sh.table) && new RegExp(`\\b${sh.column.toUpperCase()}\\b`).test(x.flat))));
    return restored || irreversible(m.text.irreversible, sh.table) ? [] : [{ file: m.text.up.file, line: s.line,
      message: `column ${sh.table}.${sh.column} is dropped and ${m.text.down.file} does not add it back`,
      fix: `add it back in the down (ADD COLUMN ${sh.column} …), or mark ${sh.table} irreversible` }];
  }),
};
