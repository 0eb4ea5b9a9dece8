/**
 * SQLite table rebuild, for what ALTER TABLE cannot do (drop a column with a FK, UNIQUE or CHECK; add
 * one with UNIQUE or a non-constant default): foreign keys off OUTSIDE the transaction, new table,
 * copy, drop, rename, recreate indexes and trigger, foreign_key_check, commit.
 *
 * With foreign keys on, DROP TABLE deletes the old rows first and ON DELETE CASCADE would empty the
 * junction tables that point at the table. PRAGMA foreign_keys is a no-op inside a transaction, so if
 * a runner wraps the file in one, a temp-trigger guard aborts before anything is dropped.
 */
import type { ColumnChange } from '../../model/statements.js';
import type { Table } from '../../state/physical-schema.js';
import { tableParts } from './index.js';
import * as ddl from '../shared/ddl.js';
import { fitChecks } from './fits.js';

const q = ddl.quoteWith('"');
const lit = ddl.standardLiteral; // the SQLite dialect's literal
const GUARD = q('_db_scaffold_rebuild');

/** The table as it is without the column of `s` and the parts that belong to it. */
export function withoutColumn(s: ColumnChange): Table {
  const t = s.table;
  const c = s.column.name;
  return {
    ...t,
    columns: t.columns.filter((x) => x.name !== c),
    foreignKeys: t.foreignKeys.filter((x) => x.column !== c),
    indexes: t.indexes.filter((x) => !x.columns.includes(c)),
    uniques: t.uniques.filter((x) => !x.columns.includes(c)),
    checks: t.checks.filter((x) => x.column !== c),
  };
}

function guard(table: string): string[] {
  const abort = `rebuild of ${table} needs PRAGMA foreign_keys=OFF, which SQLite ignores inside a transaction: run this file outside one`;
  return [
    `CREATE TEMP TABLE IF NOT EXISTS ${GUARD} ("step" INTEGER);`,
    `CREATE TEMP TRIGGER IF NOT EXISTS "_db_scaffold_rebuild_fk_on" BEFORE INSERT ON ${GUARD} WHEN NEW."step" = 1\n` +
      `BEGIN SELECT RAISE(ABORT, ${lit(abort)}); END;`,
    `CREATE TEMP TRIGGER IF NOT EXISTS "_db_scaffold_rebuild_fk_broken" BEFORE INSERT ON ${GUARD} WHEN NEW."step" = 2\n` +
      `BEGIN SELECT RAISE(ROLLBACK, ${lit(`rebuild of ${table}: PRAGMA foreign_key_check found rows without their parent; rolled back`)}); END;`,
  ];
}

/** Rebuild `from` into `to` (same name): rows copied for the columns both have; `fill` (SQL) gives NULLs, or a column `from` lacks, a value. */
export function rebuildTable(from: Table, to: Table, why: string, fill: Record<string, string> = {}): string[] {
  const tmp = `__new_${to.name}`;
  const create = tableParts({ ...to, name: tmp })[0];
  const had = (c: string) => from.columns.some((f) => f.name === c);
  const both = to.columns.map((c) => c.name).filter((c) => had(c) || fill[c]);
  const shared = both.map(q).join(', ');
  const values = both.map((c) => (!had(c) ? fill[c] : fill[c] ? `COALESCE(${q(c)}, ${fill[c]})` : q(c))).join(', ');
  const fit = fitChecks(from, to, GUARD);
  return [[
    `-- Rebuild ${q(to.name)} (${why}); foreign keys off so dropping the old table deletes nothing elsewhere.`,
    'PRAGMA foreign_keys = OFF;',
    ...guard(to.name),
    ...fit.trigger,
    `INSERT INTO ${GUARD} SELECT 1 FROM pragma_foreign_keys WHERE "foreign_keys" = 1;`,
    'BEGIN;',
    `DROP TABLE IF EXISTS ${q(tmp)};`,
    create.replace('CREATE TABLE IF NOT EXISTS', 'CREATE TABLE'),
    `INSERT INTO ${q(tmp)} (${shared}) SELECT ${values} FROM ${q(from.name)};`,
    `DROP TABLE ${q(from.name)};`,
    `ALTER TABLE ${q(tmp)} RENAME TO ${q(to.name)};`,
    ...tableParts(to).slice(1),
    ...fit.checks,
    `INSERT INTO ${GUARD} SELECT 2 FROM pragma_foreign_key_check LIMIT 1;`,
    'COMMIT;',
    `DROP TABLE temp.${GUARD};`,
    'PRAGMA foreign_keys = ON;',
  ].join('\n')];
}

/** ADD COLUMN appends: a column put back by a down in its old place needs the rebuild. SQLite ALTER TABLE ADD COLUMN refuses UNIQUE, a non-constant default, and NOT NULL without a default. */
export const addNeedsRebuild = (s: ColumnChange) =>
  s.table.columns[s.table.columns.length - 1]?.name !== s.column.name || !!s.unique || ['now', 'today', 'uuid'].includes(s.column.default?.kind ?? '')
    || (!s.column.nullable && !s.column.default);

/** SQLite ALTER TABLE DROP COLUMN refuses a column with a FK, UNIQUE or a table CHECK naming it. */
export const dropNeedsRebuild = (s: ColumnChange) => !!s.fk || !!s.unique || !!s.checks?.length;
