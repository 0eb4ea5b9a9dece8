/** Rules on the design's schema as the migrations leave it: FK indexes, identifier lengths, CHECKs per engine. */
import type { Rule, LintContext } from './context.js';
import { upShapes } from './context.js';

/** Where the migration that creates `table` says so (the finding's line), else db/schema.sql. */
function createdAt(ctx: LintContext, table: string): { file: string; line: number } {
  for (const { m, s, sh } of upShapes(ctx)) if (sh.kind === 'create-table' && sh.table === table) return { file: m.text.up.file, line: s.line };
  return { file: 'db/schema.sql', line: 1 };
}

export const requireIndexForForeignKey: Rule = {
  id: 'require-index-for-foreign-key',
  check: (ctx) => (ctx.dialect.caps.fkNeedsIndex ? [] : (ctx.design.schema?.tables ?? []).flatMap((t) => t.foreignKeys.flatMap((fk) => {
    const leads = [t.primaryKey.columns, ...t.uniques.map((u) => u.columns), ...t.indexes.filter((i) => !i.whereAlive).map((i) => i.columns)];
    return leads.some((cols) => cols[0] === fk.column) ? [] : [{ ...createdAt(ctx, t.name),
      message: `FK ${fk.name} (${t.name}.${fk.column} → ${fk.refTable}) has no index leading with ${fk.column}: deletes in ${fk.refTable} scan ${t.name}`,
      fix: `add index(${fk.column}) to the field (or @index(${fk.column}))` }];
  }))),
};

export const identifierTooLong: Rule = {
  id: 'identifier-too-long',
  check: (ctx) => {
    const max = ctx.dialect.caps.maxIdent;
    return (ctx.design.schema?.tables ?? []).flatMap((t) => {
      const names = [t.name, ...t.columns.map((c) => c.name), t.primaryKey.name, ...t.uniques.map((u) => u.name), ...t.indexes.map((i) => i.name),
        ...t.foreignKeys.map((f) => f.name), ...t.checks.map((c) => c.name), ...(t.trigger ? [t.trigger] : [])];
      return names.filter((n) => n.length > max).map((n) => ({ ...createdAt(ctx, t.name),
        message: `${n} is ${n.length} characters; ${ctx.dialect.label} keeps at most ${max} (longer names are cut or refused)`,
        fix: `a shorter name (@table(…) or a shorter field), at most ${max} characters` }));
    });
  },
};

/** What a CHECK expression means differently on PostgreSQL, MySQL/MariaDB and SQLite. */
const DIFFERS: [RegExp, string][] = [
  [/\|\|/, '|| is string concatenation on PostgreSQL and SQLite but OR on MySQL'],
  [/\bI?LIKE\b/i, 'LIKE is case-insensitive on MySQL (by collation) and on SQLite (ASCII), case-sensitive on PostgreSQL'],
  [/\bLENGTH\s*\(/i, 'LENGTH counts bytes on MySQL, characters on PostgreSQL and SQLite (CHAR_LENGTH on MySQL)'],
  [/~|\bREGEXP\b|\bSIMILAR TO\b/i, 'regular expressions differ per engine (~ on PostgreSQL, REGEXP on MySQL, none built into SQLite)'],
  [/'[^']*[A-Za-z][^']*'\s*(=|<>|!=|<|>)|(=|<>|!=|<|>)\s*'[^']*[A-Za-z][^']*'/,
    'text comparisons are case-insensitive on MySQL (by collation), case-sensitive on PostgreSQL and SQLite'],
];

export const checkDiffersByEngine: Rule = {
  id: 'check-differs-by-engine',
  check: (ctx) => (ctx.design.schema?.tables ?? []).flatMap((t) => t.checks.filter((c) => c.rule === 'expr' && c.expr).flatMap((c) => {
    const why = DIFFERS.find(([re]) => re.test(c.expr!));
    return why ? [{ ...createdAt(ctx, t.name), message: `CHECK ${c.name} (${c.expr}): ${why[1]}`,
      fix: 'write it the same on every engine (e.g. LOWER(x) = …, CHAR_LENGTH, CONCAT), or switch the rule off with the reason' }] : [];
  })),
};
