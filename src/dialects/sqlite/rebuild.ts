/**
 * SQLite table rebuild, for what ALTER TABLE cannot do (drop a column with a FK, UNIQUE or CHECK; add
 * one with UNIQUE or a non-constant default): new table, copy, drop, rename, recreate indexes and trigger.
 *
 * With foreign keys on, DROP TABLE deletes the old rows first and ON DELETE CASCADE would empty the
 * junction tables that point at the table: the recipe says `PRAGMA foreign_keys = OFF;`, and the file's
 * transaction (transaction.ts) turns them off once before BEGIN, guarded, and checks the keys before COMMIT.
 * A table nothing references (unreferenced.ts) is rebuilt with foreign keys on: no switch, any transaction.
 */
import type { ColumnChange, ValueMap } from '../../model/statements.js';
import type { Table } from '../../state/physical-schema.js';
import { tableParts } from './index.js';
import * as ddl from '../shared/ddl.js';
import { fitChecks } from './fits.js';
import { FK_OFF, FK_ON, GUARD } from './transaction.js';

const q = ddl.quoteWith('"');
const FIT = '"_db_scaffold_fit"';

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

/** A copied column with its enum values renamed on the way (old → new). */
const mapped = (c: string, v?: ValueMap) => (v
  ? `CASE ${q(c)} ${Object.entries(v).map(([a, b]) => `WHEN ${ddl.standardLiteral(a)} THEN ${ddl.standardLiteral(b)}`).join(' ')} ELSE ${q(c)} END` : q(c));

/** Rebuild `from` into `to` (same name): rows copied for the columns both have; `fill` (SQL) gives NULLs, or a column `from` lacks, a value;
 *  `renamed`: enum values a column's rows change to as they are copied; `alone`: no table references it (foreign keys stay on). */
export function rebuildTable(
  from: Table, to: Table, why: string, fill: Record<string, string> = {}, renamed: Record<string, ValueMap> = {}, alone = false,
): string[] {
  const tmp = `__new_${to.name}`;
  const create = tableParts({ ...to, name: tmp })[0];
  const had = (c: string) => from.columns.some((f) => f.name === c);
  const both = to.columns.map((c) => c.name).filter((c) => had(c) || fill[c]);
  const shared = both.map(q).join(', ');
  const values = both.map((c) => (!had(c) ? fill[c] : fill[c] ? `COALESCE(${mapped(c, renamed[c])}, ${fill[c]})` : mapped(c, renamed[c]))).join(', ');
  const fit = fitChecks(from, to, alone ? FIT : GUARD);
  const own = alone && fit.trigger.length ? [`CREATE TEMP TABLE IF NOT EXISTS ${FIT} ("step" INTEGER);`] : [];
  return [[
    alone ? `-- Rebuild ${q(to.name)} (${why}); no table references it, so foreign keys stay on (dropping it deletes nothing elsewhere).`
      : `-- Rebuild ${q(to.name)} (${why}); foreign keys off so dropping the old table deletes nothing elsewhere.`,
    ...(alone ? own : [FK_OFF]),
    ...fit.trigger,
    `DROP TABLE IF EXISTS ${q(tmp)};`,
    create.replace('CREATE TABLE IF NOT EXISTS', 'CREATE TABLE'),
    `INSERT INTO ${q(tmp)} (${shared}) SELECT ${values} FROM ${q(from.name)};`,
    `DROP TABLE ${q(from.name)};`,
    `ALTER TABLE ${q(tmp)} RENAME TO ${q(to.name)};`,
    ...tableParts(to).slice(1),
    ...fit.checks,
    ...(alone ? own.map(() => `DROP TABLE temp.${FIT};`) : [FK_ON]),
  ].join('\n')];
}

/** ADD COLUMN appends: a column put back by a down in its old place needs the rebuild. SQLite ALTER TABLE ADD COLUMN refuses UNIQUE, a non-constant default, and NOT NULL without a default. */
export const addNeedsRebuild = (s: ColumnChange) =>
  s.table.columns[s.table.columns.length - 1]?.name !== s.column.name || !!s.unique || ['now', 'today', 'uuid', 'expr'].includes(s.column.default?.kind ?? '')
    || (!s.column.nullable && !s.column.default);

/** SQLite ALTER TABLE DROP COLUMN refuses a column with a FK, UNIQUE or a table CHECK naming it. */
export const dropNeedsRebuild = (s: ColumnChange) => !!s.fk || !!s.unique || !!s.checks?.length;
