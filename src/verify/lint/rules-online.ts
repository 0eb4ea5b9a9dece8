/**
 * At multi-replica scale (answers.scale), the statements that lock a table that may hold rows, or break the
 * replicas still running the previous release: the squawk rules of the same name (Atlas BC101 / BC102).
 */
import type { LintContext, Rule } from './context.js';
import { upShapes } from './context.js';

const online = (ctx: LintContext) => ctx.design.answers.scale === 'multi-replica';

export const requireConcurrentIndexCreation: Rule = {
  id: 'require-concurrent-index-creation',
  check: (ctx) => (!online(ctx) || !ctx.dialect.caps.onlineDdl?.concurrentIndex ? [] : [...upShapes(ctx)].flatMap(({ m, s, sh }) =>
    (sh.kind === 'create-index' && !sh.concurrent && ctx.existedBefore(sh.table, m.index)
      ? [{ file: m.text.up.file, line: s.line, message: `CREATE INDEX ${sh.name} locks ${sh.table} against writes while it builds`,
        fix: 'CREATE INDEX CONCURRENTLY, in a migration run outside a transaction' }] : []))),
};

export const constraintMissingNotValid: Rule = {
  id: 'constraint-missing-not-valid',
  check: (ctx) => (!online(ctx) || !ctx.dialect.caps.onlineDdl?.notValid ? [] : [...upShapes(ctx)].flatMap(({ m, s, sh }) =>
    (sh.kind === 'add-constraint' && (sh.what === 'foreign-key' || sh.what === 'check') && !sh.notValid && ctx.existedBefore(sh.table, m.index)
      ? [{ file: m.text.up.file, line: s.line, message: `ADD CONSTRAINT ${sh.name || sh.what} scans ${sh.table} under a lock`,
        fix: 'add it NOT VALID, then VALIDATE CONSTRAINT in a later migration' }] : []))),
};

export const renamingColumn: Rule = {
  id: 'renaming-column', alias: 'BC102',
  check: (ctx) => (!online(ctx) ? [] : [...upShapes(ctx)].flatMap(({ m, s, sh }) => (sh.kind === 'rename-column'
    ? [{ file: m.text.up.file, line: s.line, message: `${sh.table}.${sh.column} is renamed to ${sh.to} while replicas of the previous release still use ${sh.column}`,
      fix: 'expand and contract: add the new column, write both, backfill, switch reads, drop the old one later' }] : []))),
};

export const renamingTable: Rule = {
  id: 'renaming-table', alias: 'BC101',
  check: (ctx) => (!online(ctx) ? [] : [...upShapes(ctx)].flatMap(({ m, s, sh }) => (sh.kind === 'rename-table'
    ? [{ file: m.text.up.file, line: s.line, message: `table ${sh.table} is renamed to ${sh.to} while replicas of the previous release still use ${sh.table}`,
      fix: 'create the new table (or a view under the old name), move readers and writers, drop the old one later' }] : []))),
};

export const changingColumnType: Rule = {
  id: 'changing-column-type',
  check: (ctx) => (!online(ctx) ? [] : [...upShapes(ctx)].flatMap(({ m, s, sh }) =>
    (sh.kind === 'alter-type' && ctx.existedBefore(sh.table, m.index)
      ? [{ file: m.text.up.file, line: s.line, message: `changing the type of ${sh.table}.${sh.column} may rewrite ${sh.table} under an exclusive lock`,
        fix: 'add a column of the new type, backfill in batches, switch, drop the old column later' }] : []))),
};
